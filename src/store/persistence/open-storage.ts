import { createIndexedDbStorage } from './indexed-db-storage';
import { createLocalStorageStorage } from './local-storage-storage';
import { createMemoryStorage } from './memory-storage';
import { createRecordWriter, type RecordWriter } from './record-writer-client';
import { classifyStorageError, type StorageProblem } from './storage-errors';
import type { WorkspaceStorage } from './workspace-storage';

/** The storage the app will use, and why it could not use a better one. */
export interface OpenedStorage {
  readonly storage: WorkspaceStorage;
  readonly problem: StorageProblem | null;
}

async function probe(storage: WorkspaceStorage): Promise<WorkspaceStorage> {
  // A write and a read prove the store works; private windows and policies fail here, not later.
  await storage.writeSetting('probe', Date.now());
  await storage.readSetting('probe');
  return storage;
}

/**
 * Checked writes through the autosave's worker, started with the first write (not at start-up);
 * where the browser cannot start one, records are written in the page.
 */
function workerWriter(fallback: RecordWriter): RecordWriter {
  if (typeof Worker === 'undefined') return fallback;
  let writer: RecordWriter | null = null;
  return (record, expected) => {
    if (!writer) {
      try {
        // Written in one expression, so the bundler finds the worker's entry file.
        const worker = new Worker(new URL('./record-writer-worker.ts', import.meta.url), {
          type: 'module',
        });
        writer = createRecordWriter(worker, fallback);
      } catch {
        writer = fallback;
      }
    }
    return writer(record, expected);
  };
}

/** Opens IndexedDB, else localStorage, else memory, remembering why a better store failed. */
export async function openStorage(): Promise<OpenedStorage> {
  let problem: StorageProblem | null = null;
  try {
    if (typeof indexedDB === 'undefined')
      throw new DOMException('No IndexedDB', 'NotSupportedError');
    return {
      storage: await probe(createIndexedDbStorage(undefined, workerWriter)),
      problem: null,
    };
  } catch (error) {
    problem = classifyStorageError(error);
  }
  try {
    return { storage: await probe(createLocalStorageStorage()), problem: null };
  } catch (error) {
    problem = classifyStorageError(error);
  }
  return { storage: createMemoryStorage(), problem };
}
