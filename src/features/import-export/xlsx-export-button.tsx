import { useState } from 'react';
import { downloadFile } from '@/export/download';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { workspaceStore } from '@/store/use-workspace-store';
import { exportFileName } from './export-files';

type XlsxState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly sheets: number }
  | { readonly kind: 'failed'; readonly why: string };

/**
 * Saves the workspace as an Excel workbook. The workbook writer loads on the first click, so it
 * weighs nothing on the first page load; self-contained so an export menu can place it anywhere.
 */
export function XlsxExportButton() {
  const { language } = useLanguage();
  const f = useT('files');
  const [state, setState] = useState<XlsxState>({ kind: 'idle' });
  const make = async () => {
    setState({ kind: 'working' });
    try {
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
      downloadFile(
        exportFileName(workspace, 'workbook', 'xlsx', f, new Date()),
        blob,
        XLSX_MIME_TYPE,
      );
      setState({ kind: 'done', sheets: buildWorkbookSheets(workspace, labels, options).length });
    } catch (error) {
      setState({ kind: 'failed', why: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="xlsx-export">
      <button type="button" onClick={() => void make()} disabled={state.kind === 'working'}>
        {f('export.xlsx')}
      </button>
      <div role="status">
        {state.kind === 'working' ? f('export.xlsxWorking') : null}
        {state.kind === 'done' ? f('export.xlsxDone', { sheets: state.sheets }) : null}
      </div>
      {state.kind === 'failed' ? (
        <p role="alert" className="field-error">
          {f('export.xlsxFailed', { why: state.why })}
        </p>
      ) : null}
    </div>
  );
}
