import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { offlinePlugin } from './scripts/offline-plugin';
import { paintFirstPlugin } from './scripts/paint-first-plugin';
import { prerenderPlugin } from './scripts/prerender-plugin';
import { SECURITY_HEADERS } from './security-headers.mjs';

export default defineConfig({
  plugins: [react(), prerenderPlugin(), paintFirstPlugin(), offlinePlugin()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // @tanstack/react-store imports the shim for React < 18; React 19 has useSyncExternalStore, so
      // the selector is taken from the package's build over React's own (the shim is not shipped).
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  // Relative asset paths so the build can be hosted under any sub-path of an intranet server.
  base: './',
  // No modulepreload polyfill: browsers without modulepreload (Safari before 17) still load the
  // modules through their imports, only without the head start, so first-load bytes are spent on the app.
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } },
  // The export worker is a module worker that loads pdfmake on demand, so it needs ES chunks.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  server: { host: '127.0.0.1', port: 5173 },
});
