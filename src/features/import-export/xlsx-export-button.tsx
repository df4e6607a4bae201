import { downloadFile } from '@/export/download';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { workspaceStore } from '@/store/use-workspace-store';
import { ExportActionStatus } from '@/ui/export-action-status';
import { useExportAction } from '@/ui/use-export-action';
import { exportFileName } from './export-files';

/**
 * Saves the workspace as an Excel workbook. The workbook writer loads on the first click, so it
 * weighs nothing on the first page load; self-contained so an export menu can place it anywhere.
 */
export function XlsxExportButton() {
  const { language } = useLanguage();
  const f = useT('files');
  const action = useExportAction();
  const make = () =>
    action.start(async () => {
      const workspace = workspaceStore.getState().workspace;
      const [
        { buildWorkbook, buildWorkbookSheets, XLSX_MIME_TYPE },
        { workbookLabelsFor },
        { agreementAnnexFor },
      ] = await Promise.all([
        import('@/export/xlsx/build-workbook'),
        import('./workbook-labels-from'),
        import('./agreement-annex-for'),
      ]);
      const labels = await workbookLabelsFor(language);
      // The sign-off sheet carries the agreement as the annex does: status, fingerprint, signatures.
      const options = { agreement: await agreementAnnexFor(workspace, language) };
      const blob = await buildWorkbook(workspace, labels, options);
      const name = exportFileName(workspace, 'workbook', 'xlsx', f, new Date());
      return {
        save: () => {
          downloadFile(name, blob, XLSX_MIME_TYPE);
          return buildWorkbookSheets(workspace, labels, options).length;
        },
      };
    });
  return (
    <div className="xlsx-export">
      <button type="button" onClick={() => void make()} disabled={action.state.kind === 'working'}>
        {f('export.xlsx')}
      </button>
      <ExportActionStatus
        action={action}
        texts={{
          working: f('export.xlsxWorking'),
          done: (sheets) => f('export.xlsxDone', { sheets: sheets ?? 0 }),
          failed: (why) => f('export.xlsxFailed', { why }),
        }}
      />
    </div>
  );
}
