import type { Translate } from '@/i18n/translate';
import { ExportActionStatus } from '@/ui/export-action-status';
import { type ExportReady, useExportAction } from '@/ui/use-export-action';

interface CompareCsvButtonProps {
  /** Makes the differences' CSV from what is compared when the button is pressed. */
  readonly prepare: () => Promise<ExportReady>;
  readonly c: Translate<'compare'>;
}

/** Downloads the differences as CSV, with its own status below the button. */
export function CompareCsvButton({ prepare, c }: CompareCsvButtonProps) {
  const action = useExportAction();
  return (
    <>
      <div className="form-actions">
        <button
          type="button"
          onClick={() => void action.start(prepare)}
          disabled={action.state.kind === 'working'}
        >
          {c('compare.download')}
        </button>
      </div>
      <ExportActionStatus
        action={action}
        texts={{
          done: () => c('compare.csvDone'),
          failed: (why) => c('compare.csvFailed', { why }),
        }}
      />
    </>
  );
}
