import { useState } from 'react';
import { downloadFile } from '@/export/download';
import { buildExportFileName } from '@/export/export-file-name';
import { describeAssignment } from '@/i18n/describe-assignment';
import { describeEngagement } from '@/i18n/describe-engagement';
import { describeRow } from '@/i18n/describe-row';
import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import type { Workspace } from '@/model/workspace';
import { workspaceStore } from '@/store/use-workspace-store';
import { departmentName, raciStateText } from './department-names';

function fileName(workspace: Workspace, d: Translate<'departments'>): string {
  const { title, version, date } = workspace.contract;
  const kind = d('departments.fileKind');
  // The RACI is a matrix of its own (duties × departments), named with its own word.
  return buildExportFileName(
    {
      kind: 'matrix',
      title,
      version,
      date: date || new Date().toISOString().slice(0, 10),
      extension: 'csv',
    },
    { matrix: kind, workspace: kind, annex: kind },
  );
}

async function downloadRaciCsv(workspace: Workspace, t: Translate, d: Translate<'departments'>) {
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
  downloadFile(fileName(workspace, d), csv, CSV_MIME_TYPE);
}

/** Downloads the RACI of every engagement's customer as CSV, and says when it is saved. */
export function RaciCsvButton() {
  const t = useT();
  const d = useT('departments');
  const [done, setDone] = useState(false);
  return (
    <div className="raci-export">
      <button
        type="button"
        onClick={() => {
          setDone(false);
          void downloadRaciCsv(workspaceStore.getState().workspace, t, d).then(() => setDone(true));
        }}
      >
        {d('departments.exportCsv')}
      </button>
      <p role="status" className="field-hint">
        {done ? d('departments.csvDone') : null}
      </p>
    </div>
  );
}
