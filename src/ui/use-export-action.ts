import { useCallback, useEffect, useReducer, useRef } from 'react';
import { EXPORT_IDLE, type ExportActionState, reduceExportAction } from './export-action';

/** What finished export work hands back: characters no font can draw, and how to save the file. */
export interface ExportReady {
  readonly missingCharacters?: readonly string[];
  /** Saves the file; returns a count to report (pages, sheets) or nothing. */
  readonly save: () => number | undefined;
}

/** Export work that may report its progress and stops when the signal aborts. */
export type ExportWork = (
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
) => Promise<ExportReady>;

/** One export button's state and what it can do: start, cancel, and save despite missing characters. */
export interface ExportAction {
  readonly state: ExportActionState;
  readonly start: (work: ExportWork) => Promise<void>;
  readonly cancel: () => void;
  readonly saveAnyway: () => void;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs one export at a time through the export state machine. Cancel aborts the work's signal and
 * whatever the work still reports is ignored; leaving the screen aborts it too, so no export
 * finishes into a view that is gone. `reportsProgress` shows a progress bar from the start.
 */
export function useExportAction(reportsProgress = false): ExportAction {
  const [state, dispatch] = useReducer(reduceExportAction, EXPORT_IDLE);
  const controller = useRef<AbortController | null>(null);
  const pendingSave = useRef<ExportReady['save'] | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    pendingSave.current = null;
    dispatch({ type: 'cancel' });
  }, []);
  const finish = useCallback((save: ExportReady['save']) => {
    try {
      dispatch({ type: 'done', count: save() ?? null });
    } catch (error) {
      dispatch({ type: 'fail', why: reason(error) });
    }
  }, []);
  const start = useCallback(
    async (work: ExportWork) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      pendingSave.current = null;
      dispatch({ type: 'start', reportsProgress });
      // Only the latest, uncancelled run may still move the state.
      const isLatest = () => controller.current === current;
      try {
        const ready = await work((fraction) => {
          if (isLatest()) dispatch({ type: 'progress', fraction });
        }, current.signal);
        if (!isLatest()) return;
        controller.current = null;
        const chars = ready.missingCharacters ?? [];
        if (chars.length === 0) return finish(ready.save);
        pendingSave.current = ready.save;
        dispatch({ type: 'missing', chars });
      } catch (error) {
        if (!isLatest()) return;
        controller.current = null;
        dispatch({ type: 'fail', why: reason(error) });
      }
    },
    [reportsProgress, finish],
  );
  const saveAnyway = useCallback(() => {
    const save = pendingSave.current;
    pendingSave.current = null;
    if (save) finish(save);
  }, [finish]);
  return { state, start, cancel, saveAnyway };
}
