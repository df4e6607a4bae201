import { cellKey } from '@/model/cell-ref';
import type { CellRef } from '@/model/workspace';
import { useSelectionStore } from '@/store/selection-store';
import { focusCellByKey } from '@/ui/focus-cell';

/**
 * Selects a cell and moves keyboard focus to it in the matrix. If the cell is not on screen yet
 * (the matrix re-renders after the selection changes), it tries once more on the next frame; if the
 * matrix is not shown at all, the selection alone is kept.
 */
export function selectAndFocusCell(ref: CellRef): void {
  useSelectionStore.getState().selectCell(ref);
  const key = cellKey(ref);
  if (focusCellByKey(key)) return;
  requestAnimationFrame(() => {
    focusCellByKey(key);
  });
}
