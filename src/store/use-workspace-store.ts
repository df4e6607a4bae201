import { useStore } from 'zustand';
import type { Workspace } from '@/model/workspace';
import { createWorkspaceStore, type WorkspaceState } from './workspace-store';

/** The app's one workspace store. */
export const workspaceStore = createWorkspaceStore();

/** Selects from the workspace store; the selector must return a stored reference or a primitive. */
export function useWorkspaceStore<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(workspaceStore, selector);
}

/**
 * Puts the store back to a workspace (a new one unless given) with no history and no undo step:
 * the app's start, before storage answers, and every test start from it.
 */
export function resetWorkspaceStore(workspace?: Workspace): void {
  const initial = workspaceStore.getInitialState();
  workspaceStore.setState(workspace ? { ...initial, workspace } : initial, true);
}
