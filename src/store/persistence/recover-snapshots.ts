import type { EmergencySnapshot } from './emergency-snapshot';
import { storedRevision, type WorkspaceStorage } from './workspace-storage';

function sameDocument(stored: unknown, snapshot: EmergencySnapshot): boolean {
  if (typeof stored !== 'object' || stored === null || !('document' in stored)) return false;
  return JSON.stringify(stored.document) === JSON.stringify(snapshot.record.document);
}

/**
 * Applies the work that closed tabs left unsaved. A snapshot based on the stored revision is written
 * as the next revision; one whose save landed after all is dropped; one that another tab overtook is
 * kept as a separate workspace, so neither version is lost.
 */
export async function recoverSnapshots(
  storage: WorkspaceStorage,
  snapshots: readonly EmergencySnapshot[],
  newId: () => string,
  now: () => Date,
): Promise<void> {
  for (const snapshot of snapshots) {
    try {
      const stored = await storage.readRecord(snapshot.record.id);
      if (sameDocument(stored, snapshot)) continue;
      const outcome =
        storedRevision(stored) === snapshot.baseRevision
          ? await storage.writeRecord(snapshot.record, snapshot.baseRevision)
          : 'conflict';
      if (outcome === 'conflict') {
        const copy = {
          ...snapshot.record,
          id: newId(),
          revision: 1,
          updatedAt: now().toISOString(),
          recoveredFrom: snapshot.record.id,
        };
        await storage.writeRecord(copy, null);
      }
    } catch {
      // Storage failing now is reported by the first regular save; the snapshot is already taken.
    }
  }
}
