/** Text fields with typing not yet committed register here, so it can be committed at once. */
const pending = new Set<() => void>();

/** Adds a field's commit; returns the function that removes it. */
export function registerPendingDraft(commit: () => void): () => void {
  pending.add(commit);
  return () => pending.delete(commit);
}

/**
 * Commits every field's typing now: before the page is hidden or closed (so the work is saved or
 * kept in the unload snapshot) and before another tab's save is merged in.
 */
export function commitPendingDrafts(): void {
  for (const commit of [...pending]) commit();
}
