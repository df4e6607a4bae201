import type { SavedWorkspaceRecord } from './saved-record';

const PREFIX = 'srw.unsaved-snapshot.';

/**
 * A copy of unsaved work written synchronously when the page is hidden or closed. IndexedDB writes
 * are asynchronous and may not finish when a tab closes; localStorage writes finish before the
 * handler returns. The next start applies the snapshot if nothing newer was saved meanwhile.
 */
export interface EmergencySnapshot {
  /** The stored revision the unsaved work was based on. */
  readonly baseRevision: number;
  readonly record: SavedWorkspaceRecord;
}

/** Writes the snapshot; failure is silent because the asynchronous save is still under way. */
export function writeEmergencySnapshot(
  snapshot: EmergencySnapshot,
  storage: Storage | undefined,
): void {
  try {
    storage?.setItem(PREFIX + snapshot.record.id, JSON.stringify(snapshot));
  } catch {
    // Full or blocked storage: the regular save reports the problem to the user.
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

/** Reads and removes the snapshots that closed tabs left, one per workspace. */
export function takeEmergencySnapshots(storage: Storage | undefined): EmergencySnapshot[] {
  const snapshots: EmergencySnapshot[] = [];
  try {
    if (!storage) return snapshots;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
    for (const key of keys.filter((k) => k.startsWith(PREFIX))) {
      const text = storage.getItem(key);
      storage.removeItem(key);
      try {
        const value: unknown = JSON.parse(text ?? '');
        if (isSnapshot(value)) snapshots.push(value);
      } catch {
        // A damaged snapshot is dropped: the stored workspace is still there.
      }
    }
  } catch {
    // Storage went away between calls; there is nothing to recover from it.
  }
  return snapshots;
}

/** Removes a snapshot that a completed save made unnecessary. */
export function clearEmergencySnapshot(id: string, storage: Storage | undefined): void {
  try {
    storage?.removeItem(PREFIX + id);
  } catch {
    // Nothing to do: a stale snapshot is checked against the stored data before use.
  }
}
