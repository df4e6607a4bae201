import { useEffect, useState } from 'react';

/**
 * The result of an asynchronous computation of `input`, recomputed when the input changes; null
 * while computing, so a result for an older input is never shown as the current one.
 */
export function useAsyncValue<I, O>(input: I, compute: (input: I) => Promise<O>): O | null {
  const [state, setState] = useState<{ of: I; value: O } | null>(null);
  useEffect(() => {
    let current = true;
    void compute(input).then((value) => {
      if (current) setState({ of: input, value });
    });
    return () => {
      current = false;
    };
  }, [input, compute]);
  return state?.of === input ? state.value : null;
}
