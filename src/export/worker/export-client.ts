import type {
  ExportCommand,
  ExportEvent,
  ExportInputs,
  ExportKind,
  ExportOutput,
} from './export-protocol';
import { exportWorkerFactory } from './export-worker-factory';

/** How an export reports back while it runs, and how the user stops it. */
export interface RunExportOptions {
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

// One idle worker is kept, with its library and fonts loaded, so the next export starts warm.
let idle: Worker | undefined;
let nextId = 1;

function takeWorker(): Worker {
  const worker = idle ?? exportWorkerFactory()?.();
  idle = undefined;
  if (!worker) throw new Error('The export worker is not available');
  return worker;
}

function giveBack(worker: Worker) {
  if (idle) worker.terminate();
  else idle = worker;
}

/**
 * Starts the idle worker and has it load the PDF library and base font, when the user is about to
 * export (the pointer is on an export button), so the first export does not wait for them.
 */
export function warmExportWorker(): void {
  const createWorker = exportWorkerFactory();
  if (idle || !createWorker) return;
  idle = createWorker();
  idle.postMessage({ type: 'warm', baseUri: document.baseURI } satisfies ExportCommand);
}

/** The error an export rejects with when the user cancelled it. */
export function isExportCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Runs one export in a worker of its own, off the main thread. Cancel ends that worker at once (a
 * PDF layout is one long step that cannot be interrupted from inside), so nothing of the stopped
 * export is left running; the next export starts a new worker.
 */
export function runExport<K extends ExportKind>(
  kind: K,
  input: ExportInputs[K],
  options: RunExportOptions = {},
): Promise<ExportOutput> {
  const { onProgress, signal } = options;
  return new Promise<ExportOutput>((resolve, reject) => {
    const cancelled = () => new DOMException('Export cancelled', 'AbortError');
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const worker = takeWorker();
    const id = nextId++;
    const finish = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<ExportEvent>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') {
        onProgress?.(message.fraction);
        return;
      }
      finish();
      giveBack(worker);
      if (message.type === 'result') resolve(message.output);
      else reject(new Error(message.message));
    };
    const onError = (event: ErrorEvent) => {
      finish();
      worker.terminate();
      reject(new Error(event.message || 'The export worker failed to start'));
    };
    const onAbort = () => {
      finish();
      worker.postMessage({ type: 'cancel', id } satisfies ExportCommand);
      worker.terminate();
      reject(cancelled());
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    const command: ExportCommand = { type: 'request', id, kind, input, baseUri: document.baseURI };
    worker.postMessage(command);
  });
}
