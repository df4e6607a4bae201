import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { DATABASE, STORE, writeRecordChecked } from './checked-write';
import type { RecordWriter } from './record-writer-client';
import { KEYS, type WorkspaceStorage } from './workspace-storage';

/**
 * Keeps workspaces in IndexedDB, the browser's store meant for data of this size. Checked writes go
 * through `writer` when given (the autosave's worker), else are done here.
 */
export function createIndexedDbStorage(
  store: UseStore = createStore(DATABASE, STORE),
  writer?: (fallback: RecordWriter) => RecordWriter,
): WorkspaceStorage {
  const writeHere: RecordWriter = (record, expected) => writeRecordChecked(store, record, expected);
  return {
    kind: 'indexedDB',
    listRecords: async () =>
      (await entries(store))
        .filter(([key]) => String(key).startsWith(KEYS.recordPrefix))
        .map(([, v]) => v),
    readRecord: (id) => get(KEYS.record(id), store),
    writeRecord: writer ? writer(writeHere) : writeHere,
    deleteRecord: (id) => del(KEYS.record(id), store),
    writeBackup: async (id, raw, now) => {
      const key = KEYS.backup(id, now);
      await set(key, raw, store);
      return key;
    },
    readSetting: (key) => get(KEYS.setting(key), store),
    writeSetting: (key, value) => set(KEYS.setting(key), value, store),
  };
}
