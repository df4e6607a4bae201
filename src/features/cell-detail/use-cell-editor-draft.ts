import { useEffect, useRef, useState } from 'react';
import type { Assignment, Cell } from '@/model/assignment';
import { isSameAssignments } from '@/model/assignments-equal';
import type { CellRef } from '@/model/workspace';
import {
  clearCellEditorDraft,
  readCellEditorDrafts,
  writeCellEditorDraft,
} from '@/store/cell-editor-drafts';
import { useLibraryStore } from '@/store/persistence/library-store';

const sameCell = (a: CellRef, b: CellRef) =>
  a.engagementId === b.engagementId && a.rowId === b.rowId && a.role === b.role;

/**
 * The cell editor's duties and reason, kept in the browser as they change, so a reload or a closed
 * tab loses nothing typed; opened again, the editor starts from the kept draft.
 */
export function useCellEditorDraft(cellRef: CellRef, cell: Cell) {
  const workspaceId = useLibraryStore((s) => s.current?.id) ?? '';
  const [kept] = useState(() =>
    readCellEditorDrafts(workspaceId).find((d) => sameCell(d.cell, cellRef)),
  );
  const [assignments, setAssignments] = useState<readonly Assignment[]>(
    kept?.assignments ?? cell.assignments,
  );
  const [reason, setReason] = useState(kept?.reason ?? cell.reason);
  const unchanged = isSameAssignments(assignments, cell.assignments) && reason === cell.reason;
  // Applied or discarded: the cell changing under the closing editor must not keep a draft again.
  const finished = useRef(false);
  useEffect(() => {
    if (!workspaceId || finished.current) return;
    if (unchanged) clearCellEditorDraft(workspaceId, cellRef);
    else writeCellEditorDraft({ workspaceId, cell: cellRef, assignments, reason });
  }, [workspaceId, cellRef, assignments, reason, unchanged]);
  const clear = () => {
    finished.current = true;
    if (isReopenedDraft(cellRef)) reopening = null;
    clearCellEditorDraft(workspaceId, cellRef);
  };
  return { assignments, setAssignments, reason, setReason, clear };
}

// The cell whose kept draft the start-up reopened, until that draft is applied or discarded: the
// panel mounting for it opens its editor (not consumed on read: a lazy panel may render twice).
let reopening: CellRef | null = null;

/** Whether the panel mounting for this cell should open its editor on the draft kept from before. */
export function isReopenedDraft(cellRef: CellRef): boolean {
  return reopening !== null && sameCell(reopening, cellRef);
}

/**
 * After a reload, selects the cell of the newest kept draft of the engagement on screen (the panel
 * then opens its editor on the draft), so the user finds what they were typing where they left it.
 * Called by the workbench at start-up: the panel itself only exists once a cell is selected.
 */
export function useReopenKeptDraft(
  engagementId: string | undefined,
  onReopen: (cell: CellRef) => void,
): void {
  const workspaceId = useLibraryStore((s) => (s.phase === 'ready' ? s.current?.id : undefined));
  const reopened = useRef(false);
  useEffect(() => {
    if (!workspaceId || !engagementId || reopened.current) return;
    reopened.current = true;
    const draft = readCellEditorDrafts(workspaceId).find(
      (d) => d.cell.engagementId === engagementId,
    );
    if (!draft) return;
    reopening = draft.cell;
    onReopen(draft.cell);
  }, [workspaceId, engagementId, onReopen]);
}
