import type { Translate } from '@/i18n/translate';
import type { Workspace } from '@/model/workspace';
import { ExportActionStatus } from '@/ui/export-action-status';
import { useExportAction } from '@/ui/use-export-action';
import { preparePlanCsv } from './download-plan-csv';

interface PlanCsvButtonProps {
  readonly workspace: Workspace;
  readonly t: Translate;
  readonly p: Translate<'plan'>;
}

/** Downloads the information-sharing plan as CSV, with its own status beside the button. */
export function PlanCsvButton({ workspace, t, p }: PlanCsvButtonProps) {
  const action = useExportAction();
  return (
    <div className="plan-csv-export">
      <button
        type="button"
        onClick={() => void action.start(async () => preparePlanCsv(workspace, t, p))}
        disabled={action.state.kind === 'working'}
      >
        {p('plan.csv')}
      </button>
      <ExportActionStatus
        action={action}
        texts={{
          done: () => p('plan.csvDone'),
          failed: (why) => p('plan.csvFailed', { why }),
        }}
      />
    </div>
  );
}
