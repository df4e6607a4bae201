import { useEffect, useState } from 'react';

/** When the computation starts: at once, or when the browser is next idle (after the frame and input). */
export type AsyncValueStart = 'now' | 'idle';

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 50);
  return () => window.clearTimeout(id);
}

/**
 * The result of an asynchronous computation of `input`, recomputed when the input changes; null
 * while computing, so a result for an older input is never shown as the current one. With
 * `start: 'idle'` the computation waits until the browser is idle, so work that nobody is waiting
 * for does not lengthen the task of the edit that changed the input.
 */
export function useAsyncValue<I, O>(
  input: I,
  compute: (input: I) => Promise<O>,
  start: AsyncValueStart = 'now',
): O | null {
  const [state, setState] = useState<{ of: I; value: O } | null>(null);
  useEffect(() => {
    let current = true;
    const run = () =>
      void compute(input).then((value) => {
        if (current) setState({ of: input, value });
      });
    let cancel = () => {};
    if (start === 'idle') cancel = whenIdle(run);
    else run();
    return () => {
      current = false;
      cancel();
    };
  }, [input, compute, start]);
  return state?.of === input ? state.value : null;
}
