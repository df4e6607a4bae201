import { useStore } from 'zustand';
import { createWorkspaceStore, type WorkspaceState } from './workspace-store';

/** The app's one workspace store. */
export const workspaceStore = createWorkspaceStore();

/** Selects from the workspace store; the selector must return a stored reference or a primitive. */
export function useWorkspaceStore<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(workspaceStore, selector);
}

/** Puts the store back to a new workspace with no history (tests start from it). */
export function resetWorkspaceStore(): void {
  workspaceStore.setState(workspaceStore.getInitialState(), true);
}
