import { KEYS, storedRevision, type WorkspaceStorage } from './workspace-storage';

const PREFIX = 'srw.';

/** Keeps workspaces in localStorage: the fallback where IndexedDB is missing or blocked. */
export function createLocalStorageStorage(
  storage: Storage = window.localStorage,
): WorkspaceStorage {
  const read = (key: string): unknown => {
    const text = storage.getItem(PREFIX + key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      // Damaged text is handed on as it is, so the recovery screen can back it up and show it.
      return text;
    }
  };
  const write = (key: string, value: unknown) =>
    storage.setItem(PREFIX + key, JSON.stringify(value));
  return {
    kind: 'localStorage',
    listRecords: async () => {
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
      return keys
        .filter((k) => k.startsWith(PREFIX + KEYS.recordPrefix))
        .map((k) => read(k.slice(PREFIX.length)));
    },
    readRecord: async (id) => read(KEYS.record(id)),
    // localStorage is synchronous and shared by the tabs of one origin, so read-check-write is atomic.
    writeRecord: async (record, expected) => {
      if (storedRevision(read(KEYS.record(record.id))) !== expected) return 'conflict';
      write(KEYS.record(record.id), record);
      return 'written';
    },
    deleteRecord: async (id) => storage.removeItem(PREFIX + KEYS.record(id)),
    writeBackup: async (id, raw, now) => {
      const key = KEYS.backup(id, now);
      write(key, raw);
      return key;
    },
    readSetting: async (key) => read(KEYS.setting(key)),
    writeSetting: async (key, value) => write(KEYS.setting(key), value),
  };
}
