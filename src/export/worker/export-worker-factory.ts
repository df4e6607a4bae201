/** Makes a new export worker; the app provides it, since only it may know the worker's entry file. */
export type ExportWorkerFactory = () => Worker;

let createWorker: ExportWorkerFactory | undefined;

/**
 * Tells the exports how to start their worker (called once at start-up by the app). Kept apart from
 * the export client so that start-up loads this line, not the client, which loads with the first export.
 */
export function provideExportWorker(factory: ExportWorkerFactory): void {
  createWorker = factory;
}

/** The factory the app provided, if it has. */
export function exportWorkerFactory(): ExportWorkerFactory | undefined {
  return createWorker;
}
