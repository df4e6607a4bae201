import type { ImportResult } from '@/import/import-issue';
import type { Workspace } from '@/model/workspace';
import type { BackupEntry } from '@/schema/backup-format';

/** What an imported file is: our JSON workspace document, our OSCAL SSP, or our CSV matrix. */
export type ImportKind = 'json' | 'oscal' | 'csv';

/** What a file is read as: one workspace (JSON, OSCAL) or a backup of all workspaces. */
export type ImportTarget = 'workspace' | 'backup';

/**
 * A file read off the main thread. A CSV comes back without a result: it applies to the open
 * workspace, so the main thread reads it (it is small, the matrix only).
 */
export type ImportOutcome =
  | { readonly kind: ImportKind; readonly result?: ImportResult<Workspace> }
  | { readonly kind: 'backup'; readonly result: ImportResult<BackupEntry<Workspace>[]> };

/** Main thread -> worker: read this file. */
export interface ImportCommand {
  readonly type: 'import';
  readonly id: number;
  readonly file: File;
  readonly target: ImportTarget;
}

/** Worker -> main thread: how far the reading is, what the file held, or why the worker failed. */
export type ImportEvent =
  | { readonly type: 'import-progress'; readonly id: number; readonly fraction: number }
  | { readonly type: 'import-result'; readonly id: number; readonly outcome: ImportOutcome }
  | { readonly type: 'import-error'; readonly id: number; readonly message: string };
