import type { ExportCommand, ExportEvent, ExportJobs, ExportKind } from './export-protocol';

/** The part of a worker's global scope the host uses (a MessagePort in tests). */
export interface ExportPort {
  postMessage(message: ExportEvent): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExportCommand>) => void): void;
}

// Progress is sent at most this often (and always at the end): enough for a smooth bar, few messages.
const PROGRESS_EVERY_MS = 50;

/**
 * Runs export requests in the worker: one job per request, progress passed on at a calm rate, a
 * cancel stops the job at its next progress point (the client also ends the worker for a job busy
 * in one long synchronous step), and a failure comes back as a message, never as an unhandled error.
 */
export function serveExports(jobs: ExportJobs, port: ExportPort): void {
  const running = new Map<number, AbortController>();
  const start = async (command: Extract<ExportCommand, { type: 'request' }>) => {
    const { id, kind, input, baseUri } = command;
    const controller = new AbortController();
    running.set(id, controller);
    let sentAt = 0;
    const progress = (fraction: number) => {
      if (controller.signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
      const now = performance.now();
      if (now - sentAt < PROGRESS_EVERY_MS) return;
      sentAt = now;
      port.postMessage({ type: 'progress', id, fraction: Math.min(1, Math.max(0, fraction)) });
    };
    try {
      const job = jobs[kind] as (
        i: typeof input,
        c: Parameters<ExportJobs[ExportKind]>[1],
      ) => ReturnType<ExportJobs[ExportKind]>;
      const output = await job(input, { baseUri, progress, signal: controller.signal });
      if (!controller.signal.aborted) port.postMessage({ type: 'result', id, output });
    } catch (error) {
      if (!controller.signal.aborted)
        port.postMessage({
          type: 'error',
          id,
          message: error instanceof Error ? error.message : String(error),
        });
    } finally {
      running.delete(id);
    }
  };
  port.addEventListener('message', (event) => {
    const command = event.data;
    if (command.type === 'request') void start(command);
    else if (command.type === 'warm') jobs.warm?.(command.baseUri).catch(() => undefined);
    else if (command.type === 'cancel') running.get(command.id)?.abort();
    // Other messages (an import the same worker serves) are not the exports'.
  });
}
