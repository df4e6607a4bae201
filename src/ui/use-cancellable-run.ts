import { useCallback, useEffect, useRef, useState } from 'react';

/** Work that reports its progress and stops when the signal aborts. */
type CancellableWork<T> = (
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
) => Promise<T>;

/**
 * Runs one long piece of work at a time with its progress (null while idle) and a cancel; leaving
 * the screen cancels it too, so no export finishes into a view that is gone.
 */
export function useCancellableRun() {
  const [fraction, setFraction] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setFraction(null);
  }, []);
  useEffect(() => cancel, [cancel]);
  const run = useCallback(async <T>(work: CancellableWork<T>): Promise<T> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setFraction(0);
    try {
      return await work((done) => {
        if (!current.signal.aborted) setFraction(done);
      }, current.signal);
    } finally {
      if (controller.current === current) {
        controller.current = null;
        setFraction(null);
      }
    }
  }, []);
  return { fraction, run, cancel };
}
