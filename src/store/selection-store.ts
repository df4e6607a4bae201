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
