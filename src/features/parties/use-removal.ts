import { useState } from 'react';
import type { Translate } from '@/i18n/translate';
import type { Workspace } from '@/model/workspace';
import { useWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';

/** Runs a removal as one undoable edit; `describe` says, in the reader's language, what went. */
export type Remove = (
  edit: (w: Workspace) => Workspace,
  describe: (p: Translate<'parties'>) => string,
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
  const remove: Remove = (edit, describe) => {
    const before = workspaceStore.getState().workspace;
    workspaceStore.getState().applyEdit(edit);
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
