import type { SavedWorkspaceRecord } from './saved-record';

const PREFIX = 'srw.unsaved-snapshot.';

/**
 * A copy of unsaved work written synchronously when the page is hidden or closed. IndexedDB writes
 * are asynchronous and may not finish when a tab closes; localStorage writes finish before the
 * handler returns. Each tab writes under a key of its own, so two tabs closing together never
 * overwrite each other's snapshot; the next start merges every snapshot into what was saved.
 */
export interface EmergencySnapshot {
  /** The stored revision the unsaved work was based on. */
  readonly baseRevision: number;
  readonly record: SavedWorkspaceRecord;
  /**
   * The workspace as stored at `baseRevision` (name and document), so the work can be merged with
   * what other tabs saved since. Left out when storage has no room for it: the work is then kept
   * as a recovered copy if it cannot be written as the next revision.
   */
  readonly base?: { readonly name: string; readonly document: unknown };
}

/** A snapshot as found in storage, with what is needed to remove exactly that one later. */
export interface StoredSnapshot {
  readonly key: string;
  readonly text: string;
  readonly snapshot: EmergencySnapshot;
}

const keyOf = (workspaceId: string, tabId: string) => `${PREFIX}${workspaceId}.${tabId}`;

/** Writes this tab's snapshot; failure is silent because the asynchronous save is still under way. */
export function writeEmergencySnapshot(
  snapshot: EmergencySnapshot,
  tabId: string,
  storage: Storage | undefined,
): void {
  const key = keyOf(snapshot.record.id, tabId);
  try {
    storage?.setItem(key, JSON.stringify(snapshot));
  } catch {
    try {
      // No room for the base as well: the work itself matters most.
      const { base: _base, ...withoutBase } = snapshot;
      storage?.setItem(key, JSON.stringify(withoutBase));
    } catch {
      // Full or blocked storage: the regular save reports the problem to the user.
    }
  }
}

function isSnapshot(value: unknown): value is EmergencySnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const record = v.record as Record<string, unknown> | undefined;
  return (
    typeof v.baseRevision === 'number' &&
    typeof record === 'object' &&
    typeof record?.id === 'string'
  );
}

/** Reads the snapshots that tabs left (every tab's, every workspace's), oldest first, without removing them. */
export function readEmergencySnapshots(storage: Storage | undefined): StoredSnapshot[] {
  const found: StoredSnapshot[] = [];
  try {
    if (!storage) return found;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
    for (const key of keys.filter((k) => k.startsWith(PREFIX))) {
      const text = storage.getItem(key);
      if (text === null) continue;
      try {
        const value: unknown = JSON.parse(text);
        if (isSnapshot(value)) found.push({ key, text, snapshot: value });
        else storage.removeItem(key);
      } catch {
        // A damaged snapshot is dropped: the stored workspace is still there.
        storage.removeItem(key);
      }
    }
  } catch {
    // Storage went away between calls; there is nothing to recover from it.
  }
  return found.sort((a, b) =>
    String(a.snapshot.record.updatedAt).localeCompare(String(b.snapshot.record.updatedAt)),
  );
}

/** Removes a snapshot once its work is stored, unless its tab has written a newer one meanwhile. */
export function removeEmergencySnapshot(found: StoredSnapshot, storage: Storage | undefined): void {
  try {
    if (storage?.getItem(found.key) === found.text) storage.removeItem(found.key);
  } catch {
    // A snapshot left behind is merged again at the next start, which changes nothing.
  }
}

/** Removes this tab's snapshot after a completed save made it unnecessary. */
export function clearEmergencySnapshot(
  workspaceId: string,
  tabId: string,
  storage: Storage | undefined,
): void {
  try {
    storage?.removeItem(keyOf(workspaceId, tabId));
  } catch {
    // Nothing to do: a stale snapshot is checked against the stored data before use.
  }
}
