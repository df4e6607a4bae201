import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAsyncValue } from './use-async-value';

describe('useAsyncValue', () => {
  it('computes at once, and never shows an older input’s result', async () => {
    const compute = vi.fn(async (n: number) => n * 2);
    const { result, rerender } = renderHook(({ n }) => useAsyncValue(n, compute), {
      initialProps: { n: 1 },
    });
    expect(compute).toHaveBeenCalledWith(1);
    await waitFor(() => expect(result.current).toBe(2));
    rerender({ n: 2 });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).toBe(4));
  });
});
