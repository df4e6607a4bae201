import { cellKey } from '@/model/cell-ref';
import type { CellRef } from '@/model/workspace';
import { useSelectionStore } from '@/store/selection-store';

// Attribute values are compared as strings instead of built into a CSS selector, so ids with quotes
// or other selector syntax can never break the query.
function findCellElement(key: string): HTMLElement | null {
  for (const element of document.querySelectorAll<HTMLElement>('[data-cell]')) {
    if (element.getAttribute('data-cell') === key) return element;
  }
  return null;
}

function focusElement(key: string): boolean {
  const element = findCellElement(key);
  // The matrix puts a button in each cell; focus it so the user can act on the cell at once.
  const target = element?.querySelector<HTMLElement>('button') ?? element;
  if (!target) return false;
  target.focus();
  return document.activeElement === target;
}

/**
 * Selects a cell and moves keyboard focus to it in the matrix. If the cell is not on screen yet
 * (the matrix re-renders after the selection changes), it tries once more on the next frame; if the
 * matrix is not shown at all, the selection alone is kept.
 */
export function selectAndFocusCell(ref: CellRef): void {
  useSelectionStore.getState().selectCell(ref);
  const key = cellKey(ref);
  if (focusElement(key)) return;
  requestAnimationFrame(() => {
    focusElement(key);
  });
}
