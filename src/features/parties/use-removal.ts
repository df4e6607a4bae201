import { useState } from 'react';
import type { Translate } from '@/i18n/translate';
import type { Workspace } from '@/model/workspace';
import { useWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import type { ModelEdit } from '@/store/workspace-store';

/**
 * Runs a removal (a model edit and its arguments, as for the store's `edit`) as one undoable step;
 * `describe` says, in the reader's language, what went.
 */
export type Remove = <A extends readonly unknown[]>(
  describe: (p: Translate<'parties'>) => string,
  modelEdit: ModelEdit<A>,
  ...args: A
) => void;

interface Removal {
  /** Counts removals, so a second one gets a notice (and the focus) of its own. */
  readonly seq: number;
  readonly after: Workspace;
  readonly describe: (p: Translate<'parties'>) => string;
}

/**
 * The last removal, while it can still be undone with one step: any later change (another edit, an
 * undo from the header) retires it, so its Undo never undoes something else.
 */
export function useRemoval() {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const remove: Remove = (describe, modelEdit, ...args) => {
    const before = workspaceStore.getState().workspace;
    workspaceStore.getState().edit(modelEdit, ...args);
    const after = workspaceStore.getState().workspace;
    if (after !== before) setRemoval((last) => ({ seq: (last?.seq ?? 0) + 1, after, describe }));
  };
  const undo = () => {
    workspaceStore.getState().undo();
    setRemoval(null);
  };
  const current = removal && removal.after === workspace ? removal : null;
  return { removal: current, remove, undo, dismiss: () => setRemoval(null) };
}
