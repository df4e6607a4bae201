import { KEYS, type StorageKind, storedRevision, type WorkspaceStorage } from './workspace-storage';

/** Keeps workspaces in memory only: the last resort when the browser keeps nothing, and for tests. */
export function createMemoryStorage(
  initial: Iterable<[string, unknown]> = [],
  /** Tests let it pose as a real store, since the app does not autosave to memory. */
  kind: StorageKind = 'memory',
): WorkspaceStorage & { readonly entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>(initial);
  return {
    kind,
    entries,
    listRecords: async () =>
      [...entries].filter(([k]) => k.startsWith(KEYS.recordPrefix)).map(([, v]) => v),
    readRecord: async (id) => entries.get(KEYS.record(id)),
    writeRecord: async (record, expected) => {
      if (storedRevision(entries.get(KEYS.record(record.id))) !== expected) return 'conflict';
      entries.set(KEYS.record(record.id), structuredClone(record));
      return 'written';
    },
    deleteRecord: async (id) => {
      entries.delete(KEYS.record(id));
    },
    writeBackup: async (id, raw, now) => {
      const key = KEYS.backup(id, now);
      entries.set(key, raw);
      return key;
    },
    readSetting: async (key) => entries.get(KEYS.setting(key)),
    writeSetting: async (key, value) => {
      entries.set(KEYS.setting(key), value);
    },
  };
}
