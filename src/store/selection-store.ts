import { create } from 'zustand';
import type { CellRef } from '@/model/workspace';

/** Which cell the user is looking at; shared by the matrix, the cell detail and the checks. */
export interface SelectionState {
  readonly selectedCell: CellRef | null;
  readonly selectCell: (ref: CellRef | null) => void;
}

/** The selection of the workbench; UI state only, never saved with the workspace. */
export const useSelectionStore = create<SelectionState>()((set) => ({
  selectedCell: null,
  selectCell: (selectedCell) => set({ selectedCell }),
}));

/** Whether two references name the same cell. */
export function isSameCell(a: CellRef | null, b: CellRef | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.engagementId === b.engagementId &&
    a.rowId === b.rowId &&
    a.role === b.role
  );
}
