import { type UseStore, update } from 'idb-keyval';
import type { SavedWorkspaceRecord } from './saved-record';
import { KEYS, storedRevision, type WriteOutcome } from './workspace-storage';

/** The IndexedDB database and object store that keep the workspaces. */
export const DATABASE = 'shared-responsibility-workbench';
export const STORE = 'records';

/**
 * Writes a record only if the stored one is still at `expected` (null: there must be none). Reading
 * and writing are one transaction, so no other tab can write in between. Used by the page and by
 * the autosave's worker alike.
 */
export async function writeRecordChecked(
  store: UseStore,
  record: SavedWorkspaceRecord,
  expected: number | null,
): Promise<WriteOutcome> {
  let outcome: WriteOutcome = 'conflict';
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
}
