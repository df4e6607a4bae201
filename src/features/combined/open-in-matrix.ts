import { cellKey } from '@/model/cell-ref';
import type { CellRef } from '@/model/workspace';
import { openInMatrix } from '@/store/open-in-matrix';
import { focusCellByKey } from '@/ui/focus-cell';

/**
 * Opens a cell in the matrix (its engagement current, the cell selected) and moves keyboard focus
 * to the cell once the matrix shows it.
 */
export function openCellInMatrix(ref: CellRef): void {
  openInMatrix(ref.engagementId, ref);
  const key = cellKey(ref);
  requestAnimationFrame(() => {
    if (!focusCellByKey(key)) requestAnimationFrame(() => focusCellByKey(key));
  });
}
