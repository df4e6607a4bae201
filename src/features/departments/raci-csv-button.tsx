import { downloadFile } from '@/export/download';
import { contractFileName } from '@/export/export-file-name';
import { describeAssignment } from '@/i18n/describe-assignment';
import { describeEngagement } from '@/i18n/describe-engagement';
import { describeRow } from '@/i18n/describe-row';
import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import type { Workspace } from '@/model/workspace';
import { workspaceStore } from '@/store/use-workspace-store';
import { ExportActionStatus } from '@/ui/export-action-status';
import { type ExportReady, useExportAction } from '@/ui/use-export-action';
import { departmentName, raciStateText } from './department-names';

function fileName(workspace: Workspace, d: Translate<'departments'>): string {
  const labels = { raci: d('departments.fileKind') };
  return contractFileName(workspace.contract, 'raci', 'csv', labels, new Date());
}

async function prepareRaciCsv(
  workspace: Workspace,
  t: Translate,
  d: Translate<'departments'>,
): Promise<ExportReady> {
  const [{ exportRaciCsv }, { CSV_MIME_TYPE }] = await Promise.all([
    import('@/export/csv/raci-csv'),
    import('@/export/csv/write-csv'),
  ]);
  const separator = t('list.separator');
  const csv = exportRaciCsv(workspace, {
    engagement: (engagement) => describeEngagement(workspace.engagements, engagement.id, t),
    row: (row) => describeRow(row, t).name,
    duty: (assignments) => assignments.map((a) => describeAssignment(a, t)).join(separator),
    department: (department) => departmentName(department, d),
    letter: (letter) => d(`departments.letter.${letter}`),
    state: (state) => raciStateText(state, d),
    listSeparator: separator,
  });
  const name = fileName(workspace, d);
  return { save: () => void downloadFile(name, csv, CSV_MIME_TYPE) };
}

/** Downloads the RACI of every engagement's customer as CSV, and says when it is saved. */
export function RaciCsvButton() {
  const t = useT();
  const d = useT('departments');
  const action = useExportAction();
  return (
    <div className="raci-export">
      <button
        type="button"
        onClick={() =>
          void action.start(() => prepareRaciCsv(workspaceStore.getState().workspace, t, d))
        }
        disabled={action.state.kind === 'working'}
      >
        {d('departments.exportCsv')}
      </button>
      <ExportActionStatus
        action={action}
        texts={{
          done: () => d('departments.csvDone'),
          failed: (why) => d('departments.csvFailed', { why }),
        }}
      />
    </div>
  );
}
