import { createStore, type StoreApi } from 'zustand/vanilla';
import { createWorkspace, DEFAULT_SCENARIO } from '@/model/create-workspace';
import type { Workspace } from '@/model/workspace';
import { EMPTY_HISTORY, type History, recordChange, stepBack, stepForward } from './history';

/** A model edit: the workspace and the edit's own arguments in, the edited workspace out. */
export type ModelEdit<A extends readonly unknown[]> = (
  workspace: Workspace,
  ...args: A
) => Workspace;

/**
 * The one way to change the workspace: `edit(setDeliveryMode, engagementId, mode)` applies the
 * named model edit to the current workspace as one undoable step.
 */
export type Edit = <A extends readonly unknown[]>(modelEdit: ModelEdit<A>, ...args: A) => void;

/** The source of truth the UI edits: the workspace and its undo history, nothing derived. */
export interface WorkspaceState {
  readonly workspace: Workspace;
  readonly history: History<Workspace>;
  /**
   * The engagement the workbench shows and edits; null (or an id that is gone) means the first.
   * A view choice, not part of the workspace: undo does not move it.
   */
  readonly currentEngagementId: string | null;
  readonly selectEngagement: (engagementId: string | null) => void;
  /** Applies a model edit as one undoable step; an edit that changes nothing leaves no step. */
  readonly edit: Edit;
  readonly undo: () => void;
  readonly redo: () => void;
}

/** Creates a workspace store: every change goes through `edit`, which records it for undo. */
export function createWorkspaceStore(
  initial: Workspace = createWorkspace(DEFAULT_SCENARIO),
): StoreApi<WorkspaceState> {
  return createStore<WorkspaceState>()((set) => {
    const edit: Edit = (modelEdit, ...args) =>
      set((s) => {
        const next = modelEdit(s.workspace, ...args);
        if (next === s.workspace) return s;
        return { workspace: next, history: recordChange(s.history, s.workspace) };
      });
    const travel = (step: typeof stepBack) =>
      set((s) => {
        const moved = step(s.history, s.workspace);
        return moved ? { workspace: moved.state, history: moved.history } : s;
      });
    return {
      workspace: initial,
      history: EMPTY_HISTORY,
      currentEngagementId: null,
      selectEngagement: (currentEngagementId) => set({ currentEngagementId }),
      edit,
      undo: () => travel(stepBack),
      redo: () => travel(stepForward),
    };
  });
}
