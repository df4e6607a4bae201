import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { offlinePlugin } from './scripts/offline-plugin';
import { prerenderPlugin } from './scripts/prerender-plugin';
import { SECURITY_HEADERS } from './security-headers.mjs';

export default defineConfig({
  plugins: [react(), prerenderPlugin(), offlinePlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Relative asset paths so the build can be hosted under any sub-path of an intranet server.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  // The export worker is a module worker that loads pdfmake on demand, so it needs ES chunks.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  server: { host: '127.0.0.1', port: 5173 },
});
