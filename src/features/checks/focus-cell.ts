import { cellKey } from '@/model/cell-ref';
import type { CellRef } from '@/model/workspace';
import { openInMatrix } from '@/store/open-in-matrix';
import { focusCellByKey } from '@/ui/focus-cell';

/**
 * Selects a cell and moves keyboard focus to it in the matrix, showing its engagement first when
 * another one is on screen. If the cell is not on screen yet (the matrix re-renders after the
 * selection changes), it tries once more on the next frame.
 */
export function selectAndFocusCell(ref: CellRef): void {
  openInMatrix(ref.engagementId, ref);
  const key = cellKey(ref);
  if (focusCellByKey(key)) return;
  requestAnimationFrame(() => {
    focusCellByKey(key);
  });
}
