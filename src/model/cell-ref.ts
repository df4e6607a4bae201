import type { CellRef } from './workspace';

/**
 * The key of a cell for maps, React and the DOM: engagement, row and role as a JSON array, so no id
 * (which may hold any character once imported) can make two cells share a key.
 */
export function cellKey(ref: CellRef): string {
  return JSON.stringify([ref.engagementId, ref.rowId, ref.role]);
}

/** Whether two references name the same cell; null names none. */
export function isSameCell(a: CellRef | null, b: CellRef | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.engagementId === b.engagementId &&
    a.rowId === b.rowId &&
    a.role === b.role
  );
}
