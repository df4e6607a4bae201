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
    clearCellEditorDraft(workspaceId, cellRef);
  };
  return { assignments, setAssignments, reason, setReason, clear };
}

/** Whether the browser keeps an unapplied editor draft for this cell (the panel then opens on it). */
export function hasKeptCellDraft(cellRef: CellRef): boolean {
  const workspaceId = useLibraryStore.getState().current?.id;
  if (!workspaceId) return false;
  return readCellEditorDrafts(workspaceId).some((d) => sameCell(d.cell, cellRef));
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
    if (draft) onReopen(draft.cell);
  }, [workspaceId, engagementId, onReopen]);
}
