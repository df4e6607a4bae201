import { cellKey } from '@/model/cell-ref';
import type { CellRef } from '@/model/workspace';
import { useSelectionStore } from '@/store/selection-store';
import { workspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';

// Attribute values are compared as strings, not built into a selector, so no id can break the query.
function focusCell(key: string): boolean {
  for (const element of document.querySelectorAll<HTMLElement>('[data-cell]')) {
    if (element.getAttribute('data-cell') !== key) continue;
    const target = element.querySelector<HTMLElement>('button') ?? element;
    target.focus();
    return document.activeElement === target;
  }
  return false;
}

/**
 * Opens a cell in the matrix: makes its engagement the current one, selects the cell, switches to
 * the matrix view, and moves keyboard focus to the cell once the matrix shows it.
 */
export function openInMatrix(ref: CellRef): void {
  workspaceStore.getState().selectEngagement(ref.engagementId);
  useSelectionStore.getState().selectCell(ref);
  useViewStore.getState().showView('matrix');
  const key = cellKey(ref);
  requestAnimationFrame(() => {
    if (!focusCell(key)) requestAnimationFrame(() => focusCell(key));
  });
}
