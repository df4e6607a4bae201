import { useEffect, useRef } from 'react';
import type { CellRef } from '@/model/workspace';
import { useLibraryStore } from '@/store/persistence/library-store';

/** Whether two references name the same cell. */
export const sameCell = (a: CellRef, b: CellRef) =>
  a.engagementId === b.engagementId && a.rowId === b.rowId && a.role === b.role;

// The cell whose kept draft the start-up reopened, until that draft is applied or discarded: the
// panel mounting for it opens its editor (not consumed on read: a lazy panel may render twice).
let reopening: CellRef | null = null;

/** Whether the panel mounting for this cell should open its editor on the draft kept from before. */
export function isReopenedDraft(cellRef: CellRef): boolean {
  return reopening !== null && sameCell(reopening, cellRef);
}

/** The reopened draft of this cell was applied or discarded: a later mount opens no editor. */
export function forgetReopenedDraft(cellRef: CellRef): void {
  if (isReopenedDraft(cellRef)) reopening = null;
}

/**
 * After a reload, selects the cell of the newest kept draft of the engagement on screen (the panel
 * then opens its editor on the draft), so the user finds what they were typing where they left it.
 * Called by the workbench at start-up: the panel itself only exists once a cell is selected. The
 * drafts are read with a dynamic import, so their code is not part of the first download.
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
    void import('@/store/cell-editor-drafts').then(({ readCellEditorDrafts }) => {
      const draft = readCellEditorDrafts(workspaceId).find(
        (d) => d.cell.engagementId === engagementId,
      );
      if (!draft) return;
      reopening = draft.cell;
      onReopen(draft.cell);
    });
  }, [workspaceId, engagementId, onReopen]);
}
