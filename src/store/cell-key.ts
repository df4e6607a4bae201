import type { CellRef } from '@/model/workspace';

/** A cell's key for the DOM (`data-cell`) and for React: engagement, row and role joined by `|`. */
export function cellKey(ref: CellRef): string {
  return `${ref.engagementId}|${ref.rowId}|${ref.role}`;
}
