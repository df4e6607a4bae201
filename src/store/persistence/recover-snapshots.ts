import {
  type EmergencySnapshot,
  readEmergencySnapshots,
  removeEmergencySnapshot,
} from './emergency-snapshot';
import { jsonEqual } from './merge-json';
import { mergeName, mergeWorkspaces } from './merge-workspaces';
import { makeRecord, readRecord, type SavedWorkspaceRecord } from './saved-record';
import { storedRevision, type WorkspaceStorage } from './workspace-storage';

/** Unsaved work that could not be merged and was kept as a workspace of its own. */
export interface RecoveredCopy {
  readonly fromId: string;
  readonly copyId: string;
  readonly name: string;
}

type Plan =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'write'; readonly record: SavedWorkspaceRecord; readonly expected: number }
  | { readonly kind: 'copy' };

/** What to do with one snapshot, given what is stored now. */
function plan(stored: unknown, snapshot: EmergencySnapshot, now: Date): Plan {
  const { record, base, baseRevision } = snapshot;
  const revision = storedRevision(stored);
  if (revision === baseRevision) {
    return { kind: 'write', record: { ...record, revision: baseRevision + 1 }, expected: revision };
  }
  const theirs = readRecord(stored);
  if (theirs.kind !== 'ok' || revision === null) return { kind: 'copy' };
  if (jsonEqual(theirs.record.document, record.document) && theirs.record.name === record.name) {
    return { kind: 'nothing' };
  }
  const mine = readRecord(record);
  const baseRead = base ? readRecord({ ...record, document: base.document }) : null;
  if (!base || mine.kind !== 'ok' || baseRead?.kind !== 'ok') return { kind: 'copy' };
  const merged = mergeWorkspaces(baseRead.workspace, mine.workspace, theirs.workspace);
  const name = mergeName(base.name, record.name, theirs.record.name);
  if (!merged || name === null) return { kind: 'copy' };
  if (merged === theirs.workspace && name === theirs.record.name) return { kind: 'nothing' };
  const { id, shared } = theirs.record;
  const meta = { id, name, shared, revision: revision + 1 };
  const recoveredFrom = theirs.record.recoveredFrom;
  return {
    kind: 'write',
    record: { ...makeRecord(meta, merged, now), ...(recoveredFrom ? { recoveredFrom } : {}) },
    expected: revision,
  };
}

/**
 * Stores the work that closed (or hidden) tabs left unsaved. A snapshot based on the stored revision
 * is written as the next revision; one that other tabs overtook is merged with what they saved; one
 * whose save landed after all changes nothing. Work that truly conflicts with what was saved since
 * (the same thing changed differently) is kept as a separate workspace, so neither version is lost,
 * and is returned so the user can be told.
 */
export async function recoverSnapshot(
  storage: WorkspaceStorage,
  snapshot: EmergencySnapshot,
  newId: () => string,
  now: () => Date,
): Promise<RecoveredCopy | null> {
  // A write refused because another tab wrote meanwhile is planned again on the newer data.
  for (let attempt = 0; attempt < 5; attempt++) {
    const step = plan(await storage.readRecord(snapshot.record.id), snapshot, now());
    if (step.kind === 'nothing') return null;
    if (step.kind === 'copy') break;
    if ((await storage.writeRecord(step.record, step.expected)) === 'written') return null;
  }
  const copyId = newId();
  const copy = {
    ...snapshot.record,
    id: copyId,
    revision: 1,
    updatedAt: now().toISOString(),
    recoveredFrom: snapshot.record.id,
  };
  await storage.writeRecord(copy, null);
  return { fromId: snapshot.record.id, copyId, name: snapshot.record.name };
}

/**
 * Stores the work every tab left in snapshots, one starting tab at a time (`exclusive`), each
 * snapshot removed once its work is stored; returns the copies made of conflicting work.
 */
export async function recoverAllSnapshots(
  storage: WorkspaceStorage,
  localStorage: Storage | undefined,
  exclusive: <T>(task: () => Promise<T>) => Promise<T>,
  newId: () => string,
  now: () => Date,
): Promise<RecoveredCopy[]> {
  const copies: RecoveredCopy[] = [];
  await exclusive(async () => {
    for (const found of readEmergencySnapshots(localStorage)) {
      try {
        const copy = await recoverSnapshot(storage, found.snapshot, newId, now);
        if (copy) copies.push(copy);
        removeEmergencySnapshot(found, localStorage);
      } catch {
        // Storage failing now is reported by the first regular save; the snapshot stays for next time.
      }
    }
  });
  return copies;
}
