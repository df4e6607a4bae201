import type { Workspace } from '@/model/workspace';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from '@/schema/backup-format';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';

/** A workspace to put in a backup, with its name in the list of workspaces. */
export interface BackupItem {
  readonly name: string;
  readonly shared: boolean;
  readonly workspace: Workspace;
}

/** One file with every workspace of this browser, each in its versioned document envelope. */
export function exportBackup(items: readonly BackupItem[], now: Date): string {
  const backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    workspaces: items.map(({ name, shared, workspace }) => ({
      name,
      shared,
      document: serialiseWorkspaceDocument(workspace),
    })),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
