import { useState } from 'react';
import { downloadFile } from '@/export/download';
import { CROSSWALK_MESSAGES } from '@/i18n/crosswalk-messages';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { printEn } from '@/i18n/print-en';
import { printZhCn } from '@/i18n/print-zh-cn';
import { useSectionT } from '@/i18n/use-section-t';
import { workspaceStore } from '@/store/use-workspace-store';
import { annexLabelsFrom } from './annex-labels-from';
import { ANNEX_MESSAGES } from './annex-messages';
import { exportFileName } from './export-files';
import { WORKBOOK_MESSAGES } from './workbook-messages';

// The departments sheet shares its words with the printed annex, as the PDF does.
const PRINT_MESSAGES = { en: printEn, 'zh-CN': printZhCn };

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
  const t = useT();
  const { language } = useLanguage();
  const f = useSectionT(FILES_MESSAGES);
  const a = useSectionT(ANNEX_MESSAGES);
  const p = useSectionT(PRINT_MESSAGES);
  const w = useSectionT(WORKBOOK_MESSAGES);
  const c = useSectionT(CROSSWALK_MESSAGES);
  const [state, setState] = useState<XlsxState>({ kind: 'idle' });
  const make = async () => {
    setState({ kind: 'working' });
    try {
      const workspace = workspaceStore.getState().workspace;
      const [
        { buildWorkbook, buildWorkbookSheets, XLSX_MIME_TYPE },
        { csvLabelsFrom },
        { workbookLabelsFrom },
        { fingerprintWorkspace },
        { buildAgreementAnnexText },
      ] = await Promise.all([
        import('@/export/xlsx/build-workbook'),
        import('./csv-labels-from'),
        import('./workbook-labels-from'),
        import('@/export/agreement/fingerprint'),
        import('@/i18n/agreement-annex-text'),
      ]);
      const labels = workbookLabelsFrom(
        f,
        w,
        c,
        annexLabelsFrom(t, a, p, c, language, f),
        csvLabelsFrom(t, f),
      );
      // The sign-off sheet carries the agreement as the annex does: status, fingerprint, signatures.
      const { fingerprint } = await fingerprintWorkspace(workspace);
      const options = { agreement: buildAgreementAnnexText(workspace, fingerprint, t, language) };
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
