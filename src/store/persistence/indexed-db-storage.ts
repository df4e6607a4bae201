import { createStore, del, entries, get, set, type UseStore, update } from 'idb-keyval';
import { KEYS, storedRevision, type WorkspaceStorage } from './workspace-storage';

const DATABASE = 'shared-responsibility-workbench';
const STORE = 'records';

/** Keeps workspaces in IndexedDB, the browser's store meant for data of this size. */
export function createIndexedDbStorage(
  store: UseStore = createStore(DATABASE, STORE),
): WorkspaceStorage {
  return {
    kind: 'indexedDB',
    listRecords: async () =>
      (await entries(store))
        .filter(([key]) => String(key).startsWith(KEYS.recordPrefix))
        .map(([, v]) => v),
    readRecord: (id) => get(KEYS.record(id), store),
    writeRecord: async (record, expected) => {
      let outcome: 'written' | 'conflict' = 'conflict';
      // update() reads and writes in one transaction, so no other tab can write in between.
      await update(
        KEYS.record(record.id),
        (old) => {
          if (storedRevision(old) !== expected) return old;
          outcome = 'written';
          return record;
        },
        store,
      );
      return outcome;
    },
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
