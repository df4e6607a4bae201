import { type ComponentType, useEffect } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { workspaceStore } from '@/store/use-workspace-store';
import { ExportActionStatus } from '@/ui/export-action-status';
import { useExportAction } from '@/ui/use-export-action';
import { prepareCsvAhead, prepareWorkspaceCsv, prepareWorkspaceJson } from './export-files';
import { OscalExportButton } from './oscal-export-button';
import { PdfExportButton } from './pdf-export-button';
import { XlsxExportButton } from './xlsx-export-button';

const workspace = () => workspaceStore.getState().workspace;

function CsvExportButton() {
  const f = useT('files');
  const action = useExportAction();
  useEffect(() => prepareCsvAhead(workspace(), f, f), [f]);
  return (
    <div className="csv-export">
      <button
        type="button"
        onClick={() => void action.start(() => prepareWorkspaceCsv(workspace(), f, f))}
        disabled={action.state.kind === 'working'}
      >
        {f('export.csv')}
      </button>
      <ExportActionStatus
        action={action}
        texts={{
          working: f('export.working'),
          done: () => f('export.csvDone'),
          failed: (why) => f('export.csvFailed', { why }),
        }}
      />
    </div>
  );
}

function JsonExportButton() {
  const f = useT('files');
  const action = useExportAction();
  return (
    <div className="json-export">
      <button
        type="button"
        onClick={() => void action.start(() => prepareWorkspaceJson(workspace(), f))}
        disabled={action.state.kind === 'working'}
      >
        {f('export.json')}
      </button>
      <ExportActionStatus
        action={action}
        texts={{
          working: f('export.working'),
          done: () => f('export.jsonDone'),
          failed: (why) => f('export.jsonFailed', { why }),
        }}
      />
    </div>
  );
}

function PrintButton() {
  const f = useT('files');
  return (
    <button type="button" onClick={() => window.print()}>
      {f('export.print')}
    </button>
  );
}

/**
 * The export menu's items, in order. Each is a self-contained component (its button and its own
 * export status), so a new format is one more line here.
 */
export const EXPORT_ITEMS: readonly ComponentType[] = [
  PdfExportButton,
  PrintButton,
  CsvExportButton,
  XlsxExportButton,
  OscalExportButton,
  JsonExportButton,
];
