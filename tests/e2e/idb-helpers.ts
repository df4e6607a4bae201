import type { Page } from '@playwright/test';

const DATABASE = 'shared-responsibility-workbench';
const STORE = 'records';

/** Reads every key and value the app keeps in IndexedDB. */
export function readAllRecords(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ database, store }) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readonly');
          const result: Record<string, unknown> = {};
          const cursor = tx.objectStore(store).openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) {
              open.result.close();
              resolve(result);
              return;
            }
            result[String(c.key)] = c.value;
            c.continue();
          };
        };
      }),
    { database: DATABASE, store: STORE },
  );
}

/** Writes one key of the app's IndexedDB store, as damaged or old data would sit there. */
export function writeRecord(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ({ database, store, key: k, value: v }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(v, k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { database: DATABASE, store: STORE, key, value },
  );
}
