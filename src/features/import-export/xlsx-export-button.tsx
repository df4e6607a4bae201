import { downloadFile } from '@/export/download';
import { runExport, warmExportWorker } from '@/export/worker/export-client';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { workspaceStore } from '@/store/use-workspace-store';
import { ExportActionStatus } from '@/ui/export-action-status';
import { useExportAction } from '@/ui/use-export-action';
import { exportFileName } from './export-files';

/**
 * Saves the workspace as an Excel workbook, made in the export worker with a progress bar and Cancel,
 * so the page keeps answering however many engagements there are; self-contained so an export menu
 * can place it anywhere.
 */
export function XlsxExportButton() {
  const { language } = useLanguage();
  const f = useT('files');
  const action = useExportAction(true);
  const make = () =>
    action.start(async (onProgress, signal) => {
      const workspace = workspaceStore.getState().workspace;
      const result = await runExport('xlsx', { workspace, language }, { onProgress, signal });
      const name = exportFileName(workspace, 'workbook', 'xlsx', f, new Date());
      return {
        save: () => {
          downloadFile(name, result.blob);
          return result.sheetCount ?? 0;
        },
      };
    });
  return (
    <div className="xlsx-export">
      <button
        type="button"
        onClick={() => void make()}
        onPointerEnter={warmExportWorker}
        onFocus={warmExportWorker}
        disabled={action.state.kind === 'working'}
      >
        {f('export.xlsx')}
      </button>
      <ExportActionStatus
        action={action}
        texts={{
          working: f('export.xlsxWorking'),
          progress: f('export.progressXlsx'),
          cancel: f('export.cancel'),
          cancelled: f('export.cancelled'),
          done: (sheets) => f('export.xlsxDone', { sheets: sheets ?? 0 }),
          failed: (why) => f('export.xlsxFailed', { why }),
        }}
      />
    </div>
  );
}
