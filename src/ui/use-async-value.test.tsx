import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAsyncValue } from './use-async-value';

describe('useAsyncValue', () => {
  it('computes at once by default, and never shows an older input’s result', async () => {
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

  it('with "idle", waits for the browser to be idle, and skips inputs replaced before then', async () => {
    vi.useFakeTimers();
    try {
      const compute = vi.fn(async (n: number) => n * 2);
      const { result, rerender } = renderHook(({ n }) => useAsyncValue(n, compute, 'idle'), {
        initialProps: { n: 1 },
      });
      rerender({ n: 2 });
      rerender({ n: 3 });
      expect(compute).not.toHaveBeenCalled();
      await act(async () => {
        await vi.runAllTimersAsync();
      });
      expect(compute.mock.calls).toEqual([[3]]);
      expect(result.current).toBe(6);
    } finally {
      vi.useRealTimers();
    }
  });
});
