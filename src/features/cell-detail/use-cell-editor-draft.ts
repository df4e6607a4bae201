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
import { forgetReopenedDraft, sameCell } from './reopen-kept-draft';

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
    forgetReopenedDraft(cellRef);
    clearCellEditorDraft(workspaceId, cellRef);
  };
  return { assignments, setAssignments, reason, setReason, clear };
}
