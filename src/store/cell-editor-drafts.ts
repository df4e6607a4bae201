import type { Assignment } from '@/model/assignment';
import type { CellRef } from '@/model/workspace';
import { browserStorage } from './persistence/browser-storage';

const PREFIX = 'srw.cell-editor-draft.';

/** A cell edit being prepared (duties and reason not yet applied), kept so a reload or close loses none of it. */
export interface CellEditorDraft {
  readonly workspaceId: string;
  readonly cell: CellRef;
  readonly assignments: readonly Assignment[];
  readonly reason: string;
  readonly savedAt: number;
}

const keyOf = (workspaceId: string, cell: CellRef) =>
  PREFIX + JSON.stringify([workspaceId, cell.engagementId, cell.rowId, cell.role]);

const storage = () => browserStorage('localStorage');

function isDraft(value: unknown): value is CellEditorDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const cell = v.cell as Record<string, unknown> | null;
  return (
    typeof v.workspaceId === 'string' &&
    typeof cell === 'object' &&
    cell !== null &&
    typeof cell.engagementId === 'string' &&
    typeof cell.rowId === 'string' &&
    typeof cell.role === 'string' &&
    Array.isArray(v.assignments) &&
    typeof v.reason === 'string' &&
    typeof v.savedAt === 'number'
  );
}

/** The drafts kept for a workspace, newest first. They are checked again where they are used. */
export function readCellEditorDrafts(workspaceId: string): CellEditorDraft[] {
  const store = storage();
  const drafts: CellEditorDraft[] = [];
  try {
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i) ?? '';
      if (!key.startsWith(PREFIX)) continue;
      const value: unknown = JSON.parse(store.getItem(key) ?? 'null');
      if (isDraft(value) && value.workspaceId === workspaceId) drafts.push(value);
    }
  } catch {
    // A damaged draft is only a draft: the workspace itself is untouched.
  }
  return drafts.sort((a, b) => b.savedAt - a.savedAt);
}

/** Keeps a draft (written at once: a page may close at any moment). */
export function writeCellEditorDraft(draft: Omit<CellEditorDraft, 'savedAt'>): void {
  try {
    storage()?.setItem(
      keyOf(draft.workspaceId, draft.cell),
      JSON.stringify({ ...draft, savedAt: Date.now() }),
    );
  } catch {
    // No room: the editor still holds the draft while the page is open.
  }
}

/** Drops a draft once it is applied or discarded. */
export function clearCellEditorDraft(workspaceId: string, cell: CellRef): void {
  try {
    storage()?.removeItem(keyOf(workspaceId, cell));
  } catch {
    // Nothing to do.
  }
}
