import { ExportProgress } from './export-progress';
import type { ExportAction } from './use-export-action';
import './export-action-status.css';

/** The words an export button's status uses, in the user's language; a missing one shows nothing. */
export interface ExportActionTexts {
  readonly working?: string;
  /** Names the progress bar, e.g. "Making the PDF annex". */
  readonly progress?: string;
  readonly cancel?: string;
  readonly cancelled?: string;
  readonly done?: (count: number | null) => string;
  readonly failed: (why: string) => string;
  readonly missing?: (chars: string) => string;
  readonly saveAnyway?: string;
}

interface ExportActionStatusProps {
  /** The button's export action, from useExportAction. */
  readonly action: Pick<ExportAction, 'state' | 'cancel' | 'saveAnyway'>;
  readonly texts: ExportActionTexts;
  /** Class of the alerts (missing characters, failure), e.g. `field-error`. */
  readonly errorClassName?: string;
}

/**
 * What one export is doing, below its button: a progress bar with Cancel while it reports progress,
 * a status line (working, cancelled, saved), and alerts for characters no font can draw (with Save
 * anyway) and for a failure.
 */
export function ExportActionStatus({
  action,
  texts,
  errorClassName = 'field-error',
}: ExportActionStatusProps) {
  const { state } = action;
  return (
    <>
      {state.kind === 'working' && state.fraction !== null ? (
        <ExportProgress
          label={texts.progress ?? texts.working ?? ''}
          fraction={state.fraction}
          cancelLabel={texts.cancel ?? ''}
          onCancel={action.cancel}
        />
      ) : null}
      <p role="status" className="field-hint export-action-status">
        {state.kind === 'working' ? texts.working : null}
        {state.kind === 'cancelled' ? texts.cancelled : null}
        {state.kind === 'done' ? texts.done?.(state.count) : null}
      </p>
      {state.kind === 'missing' ? (
        <div role="alert" className={errorClassName}>
          {texts.missing?.(state.chars.join(' '))}{' '}
          <button type="button" onClick={action.saveAnyway}>
            {texts.saveAnyway}
          </button>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <p role="alert" className={errorClassName}>
          {texts.failed(state.why)}
        </p>
      ) : null}
    </>
  );
}
