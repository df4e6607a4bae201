import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

function printQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
}

/**
 * Whether the browser is printing. The annex is built only then: a hidden copy of every matrix
 * re-rendered on each edit would cost the editing budget of a large workspace for nothing.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery()?.matches ?? false);
  useEffect(() => {
    // The browser lays out the print right after `beforeprint`, so the annex must be in the DOM
    // before the handler returns.
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    const query = printQuery();
    const change = (event: MediaQueryListEvent) => (event.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    query?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      query?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
