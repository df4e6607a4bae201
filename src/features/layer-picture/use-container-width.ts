import { useCallback, useState } from 'react';

/**
 * Follows the width of an element as it resizes; undefined until measured, or where the browser has
 * no ResizeObserver (as in tests), so callers fall back to their wide layout.
 */
export function useContainerWidth(): [
  ref: (element: HTMLElement | null) => (() => void) | undefined,
  width: number | undefined,
] {
  const [width, setWidth] = useState<number>();
  const ref = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
