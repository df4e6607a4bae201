import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type ExportReady, useExportAction } from './use-export-action';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useExportAction', () => {
  it('saves at once and reports the count when nothing is missing', async () => {
    const save = vi.fn(() => 4);
    const { result } = renderHook(() => useExportAction());
    await act(() => result.current.start(async () => ({ save })));
    expect(save).toHaveBeenCalledOnce();
    expect(result.current.state).toEqual({ kind: 'done', count: 4 });
  });

  it('shows progress while working when the work reports it', async () => {
    const work = deferred<ExportReady>();
    const { result } = renderHook(() => useExportAction(true));
    let report: (fraction: number) => void = () => {};
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.start((onProgress) => {
        report = onProgress;
        return work.promise;
      });
    });
    expect(result.current.state).toEqual({ kind: 'working', fraction: 0 });
    act(() => report(0.5));
    expect(result.current.state).toEqual({ kind: 'working', fraction: 0.5 });
    await act(async () => {
      work.resolve({ save: () => undefined });
      await running;
    });
    expect(result.current.state).toEqual({ kind: 'done', count: null });
  });

  it('waits for the user when characters are missing, then saves anyway', async () => {
    const save = vi.fn(() => 2);
    const { result } = renderHook(() => useExportAction());
    await act(() => result.current.start(async () => ({ missingCharacters: ['𠀀'], save })));
    expect(result.current.state).toEqual({ kind: 'missing', chars: ['𠀀'] });
    expect(save).not.toHaveBeenCalled();
    act(() => result.current.saveAnyway());
    expect(save).toHaveBeenCalledOnce();
    expect(result.current.state).toEqual({ kind: 'done', count: 2 });
  });

  it('stays cancelled when the stopped work fails afterwards', async () => {
    const work = deferred<ExportReady>();
    const { result } = renderHook(() => useExportAction(true));
    let signal: AbortSignal | undefined;
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.start((_, s) => {
        signal = s;
        return work.promise;
      });
    });
    act(() => result.current.cancel());
    expect(signal?.aborted).toBe(true);
    await act(async () => {
      work.reject(new DOMException('stopped', 'AbortError'));
      await running;
    });
    expect(result.current.state).toEqual({ kind: 'cancelled' });
  });

  it.each([
    ['the work', async () => Promise.reject(new Error('no fonts'))],
    [
      'the save',
      async () => ({
        save: () => {
          throw new Error('no fonts');
        },
      }),
    ],
  ])('reports a failure of %s with its reason', async (_name, work) => {
    const { result } = renderHook(() => useExportAction());
    await act(() => result.current.start(work));
    expect(result.current.state).toEqual({ kind: 'failed', why: 'no fonts' });
  });

  it('aborts the running work when the button leaves the screen', () => {
    const { result, unmount } = renderHook(() => useExportAction());
    let signal: AbortSignal | undefined;
    act(() => {
      void result.current.start((_, s) => {
        signal = s;
        return new Promise<ExportReady>(() => {});
      });
    });
    unmount();
    expect(signal?.aborted).toBe(true);
  });
});
