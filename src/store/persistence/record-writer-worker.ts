/// <reference lib="webworker" />
import { createStore } from 'idb-keyval';
import { DATABASE, STORE, writeRecordChecked } from './checked-write';
import { createWriteHandler } from './record-writer-handler';
import type { WriteRequest } from './record-writer-protocol';

/*
 * The autosave's worker: rebuilds each record from the patch the page sends and writes it to
 * IndexedDB, so the main thread neither copies a whole large workspace into storage nor reads the
 * stored one back on every save.
 */
const store = createStore(DATABASE, STORE);
const handle = createWriteHandler((record, expected) =>
  writeRecordChecked(store, record, expected),
);

self.onmessage = (event: MessageEvent<WriteRequest>) => {
  void handle(event.data).then((reply) => self.postMessage(reply));
};
