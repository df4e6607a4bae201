import { exportWorkerFactory } from '@/export/worker/export-worker-factory';
import type { ImportCommand, ImportEvent, ImportOutcome, ImportTarget } from './import-protocol';

let nextId = 1;

/**
 * Reads a file in a worker of its own (the app's export worker, which also serves imports), so
 * parsing and checking a large workspace never holds the page; the worker ends with the reading.
 * Undefined where no worker is available (tests), and the caller reads the file itself.
 */
export function readImportInWorker(
  file: File,
  target: ImportTarget,
  onProgress: (fraction: number) => void,
): Promise<ImportOutcome | undefined> {
  const createWorker = exportWorkerFactory();
  if (!createWorker) return Promise.resolve(undefined);
  const worker = createWorker();
  const id = nextId++;
  return new Promise<ImportOutcome | undefined>((resolve) => {
    const finish = (outcome: ImportOutcome | undefined) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.addEventListener('message', (event: MessageEvent<ImportEvent>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'import-progress') onProgress(message.fraction);
      // A worker that fails leaves the reading to the main thread, which reports as it always has.
      else finish(message.type === 'import-result' ? message.outcome : undefined);
    });
    worker.addEventListener('error', () => finish(undefined));
    worker.postMessage({ type: 'import', id, file, target } satisfies ImportCommand);
  });
}
