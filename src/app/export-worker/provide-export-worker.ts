import { provideExportWorker } from '@/export/worker/export-worker-factory';

/**
 * Gives the exports their worker: a module worker from the app's own origin (CSP `worker-src
 * 'self'`), built as a chunk of its own, so nothing of it loads before the first export.
 */
export function provideAppExportWorker(): void {
  provideExportWorker(
    () => new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' }),
  );
}
