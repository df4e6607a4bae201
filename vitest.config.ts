import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));
const forbidden = fileURLToPath(new URL('./tests/support/forbidden-module.ts', import.meta.url));

// Three projects. The model runs in plain Node with React, zustand and zod replaced by a module that
// throws (as zustand's core tests do), so any DOM, React or package use in the model fails its tests.
// Other non-UI code runs in Node; components run in jsdom.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: {
          alias: [
            { find: '@', replacement: src },
            { find: /^(react|react-dom|zustand|zod)(\/.*)?$/, replacement: forbidden },
          ],
        },
        test: { name: 'model', environment: 'node', include: ['src/model/**/*.test.ts'] },
      },
      {
        resolve: { alias: { '@': src } },
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['src/model/**'],
          setupFiles: ['./tests/setup-node.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias: { '@': src } },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./tests/setup-dom.ts'],
        },
      },
    ],
  },
});
