import type { CellRef } from '@/model/workspace';
import { useSelectionStore } from './selection-store';
import { workspaceStore } from './use-workspace-store';
import { useViewStore } from './view-store';

/**
 * Shows an engagement in the matrix view, with a cell selected (so its detail opens beside it) when
 * one is given.
 */
export function openInMatrix(engagementId: string, cell?: CellRef): void {
  workspaceStore.getState().selectEngagement(engagementId);
  if (cell) useSelectionStore.getState().selectCell(cell);
  useViewStore.getState().showView('matrix');
}
