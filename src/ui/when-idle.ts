/**
 * Runs `task` when the browser is next idle, or after `timeoutMs` at the latest (in a task of its
 * own where the browser has no idle callbacks); returns the function that cancels it. For work nobody waits for:
 * it must not lengthen the task of the click or edit that asked for it.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof globalThis.requestIdleCallback !== 'function') {
    const timer = setTimeout(task);
    return () => clearTimeout(timer);
  }
  const id = globalThis.requestIdleCallback(task, { timeout: timeoutMs });
  return () => globalThis.cancelIdleCallback(id);
}
