import { useEffect, useState } from 'react';

/**
 * How many of a long list to render: `first` at once, then `step` more in each later task until all
 * are there, so the first rows paint within a frame or so and the page stays responsive while the
 * rest arrive. A new `resetKey` (new filters) starts again from `first`; a new list with the same
 * key (an edit elsewhere) keeps what was already rendered.
 */
export function useProgressiveLimit(
  total: number,
  resetKey: unknown,
  first: number,
  step: number,
): number {
  const [state, setState] = useState({ resetKey, limit: first });
  const current = state.resetKey === resetKey ? state : { resetKey, limit: first };
  if (current !== state) setState(current);
  const { limit } = current;
  useEffect(() => {
    if (limit >= total) return;
    // A task, not a frame: the next chunk waits for the browser to paint and handle input first.
    const timer = setTimeout(() => {
      setState((s) => (s.resetKey === resetKey ? { resetKey, limit: s.limit + step } : s));
    }, 0);
    return () => clearTimeout(timer);
  }, [limit, total, resetKey, step]);
  return Math.min(limit, total);
}
