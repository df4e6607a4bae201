/** Past and future states around the present one, for undo and redo. */
export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
}

/** How many steps back a user can undo; older steps are forgotten first. */
export const HISTORY_LIMIT = 200;

/** An empty history. */
export const EMPTY_HISTORY: History<never> = { past: [], future: [] };

/** Records a new present: the old one becomes undoable and the redo branch is dropped. */
export function recordChange<T>(history: History<T>, previous: T): History<T> {
  return { past: [...history.past, previous].slice(-HISTORY_LIMIT), future: [] };
}

/** Steps back: returns the restored state and the new history, or null when there is nothing to undo. */
export function stepBack<T>(
  history: History<T>,
  present: T,
): { state: T; history: History<T> } | null {
  const state = history.past.at(-1);
  if (state === undefined) return null;
  return {
    state,
    history: { past: history.past.slice(0, -1), future: [present, ...history.future] },
  };
}

/** Steps forward again after an undo, or null when there is nothing to redo. */
export function stepForward<T>(
  history: History<T>,
  present: T,
): { state: T; history: History<T> } | null {
  const [state, ...future] = history.future;
  if (state === undefined) return null;
  return { state, history: { past: [...history.past, present], future } };
}
