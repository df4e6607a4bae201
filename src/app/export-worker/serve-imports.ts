import type { ImportCommand, ImportEvent } from '@/features/import-export/import-protocol';

/** The part of a worker's global scope the import host uses. */
export interface ImportPort {
  postMessage(message: ImportEvent): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportCommand>) => void): void;
}

// Progress is sent at most this often: enough for a smooth bar, few messages.
const PROGRESS_EVERY_MS = 50;

/**
 * Reads imported files in the worker: the reader loads with the first import, progress is passed on
 * at a calm rate, and a failure comes back as a message (the main thread then reads the file itself).
 */
export function serveImports(port: ImportPort): void {
  port.addEventListener('message', async (event) => {
    const command = event.data;
    if (command.type !== 'import') return;
    const { id, file, target } = command;
    let sentAt = 0;
    const progress = (fraction: number) => {
      const now = performance.now();
      if (now - sentAt < PROGRESS_EVERY_MS) return;
      sentAt = now;
      port.postMessage({ type: 'import-progress', id, fraction });
    };
    try {
      const { readImportOffThread } = await import(
        '@/features/import-export/read-import-off-thread'
      );
      const outcome = await readImportOffThread(file, target, progress);
      port.postMessage({ type: 'import-result', id, outcome });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ type: 'import-error', id, message });
    }
  });
}
