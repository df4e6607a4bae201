import { create } from 'zustand';
import type { SchemaIssue } from '@/schema/schema-issues';
import type { RecoveredCopy } from './recover-snapshots';
import type { RecordSummary } from './saved-record';
import type { StorageProblem } from './storage-errors';
import type { StorageKind } from './workspace-storage';

/** Why the current work is not (yet) kept. */
export type NotSavedReason = StorageProblem | 'conflict' | 'read-only' | 'memory';

/** The save state the user sees: saved, being saved, or not saved and why. */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'not-saved'; readonly reason: NotSavedReason };

/** The workspace open in this tab, as it was last written to storage. */
export interface CurrentRecord {
  readonly id: string;
  readonly name: string;
  /** The stored revision this tab's workspace is based on. */
  readonly revision: number;
  readonly shared: boolean;
}

/** Damaged stored data, already copied to a backup, waiting for the user's choice. */
export interface Recovery {
  readonly id: string;
  readonly raw: unknown;
  readonly issues: readonly SchemaIssue[];
  readonly backupKey: string;
}

/** The list of saved workspaces and the state of keeping the current one. */
export interface LibraryState {
  readonly phase: 'starting' | 'ready' | 'recovery';
  readonly storageKind: StorageKind;
  readonly storageProblem: StorageProblem | null;
  readonly persistence: 'granted' | 'not-granted' | 'unsupported' | 'unknown';
  readonly summaries: readonly RecordSummary[];
  readonly current: CurrentRecord | null;
  readonly save: SaveState;
  /** Another tab saved a newer revision of the open workspace while this one had unsaved edits. */
  readonly conflict: { readonly theirRevision: number } | null;
  /** The open workspace meets data from a newer app: nothing more is written from this tab. */
  readonly readOnly: boolean;
  readonly recovery: Recovery | null;
  /** The last workspace deleted, kept so the deletion can be undone. */
  readonly lastDeleted: { readonly summary: RecordSummary; readonly record: unknown } | null;
  /** Workspaces that could not be opened, by id: made by a newer app, or damaged. */
  readonly unopenable: Readonly<Record<string, 'newer' | 'corrupt'>>;
  /** Unsaved work of closed tabs that conflicted with newer saves, kept as workspaces of their own. */
  readonly recovered: readonly RecoveredCopy[];
}

/** The initial state, before storage has been opened. */
export const INITIAL_LIBRARY_STATE: LibraryState = {
  phase: 'starting',
  storageKind: 'memory',
  storageProblem: null,
  persistence: 'unknown',
  summaries: [],
  current: null,
  save: { kind: 'saved' },
  conflict: null,
  readOnly: false,
  recovery: null,
  lastDeleted: null,
  unopenable: {},
  recovered: [],
};

/** The library's state; its actions live in the persistence controller, which talks to storage. */
export const useLibraryStore = create<LibraryState>()(() => INITIAL_LIBRARY_STATE);
