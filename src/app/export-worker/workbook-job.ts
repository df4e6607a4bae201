import type { ExportJob } from '@/export/worker/export-protocol';
import { buildWorkbookSheets, writeWorkbook, XLSX_MIME_TYPE } from '@/export/xlsx/build-workbook';
import { agreementAnnexFor } from '@/features/import-export/agreement-annex-for';
import { workbookLabelsFor } from '@/features/import-export/workbook-labels-from';

// Making the sheets is most of the work, one engagement at a time; writing the file is one step.
const SHEETS_START = 0.05;
const SHEETS_SHARE = 0.75;

/**
 * The Excel workbook, made in the export worker: its words from the language, the sign-off sheet's
 * agreement from the content's fingerprint, progress per engagement sheet (where Cancel stops it).
 */
export const workbookJob: ExportJob<'xlsx'> = async ({ workspace, language }, { progress }) => {
  progress(0);
  const [labels, agreement] = await Promise.all([
    workbookLabelsFor(language),
    agreementAnnexFor(workspace, language),
  ]);
  progress(SHEETS_START);
  const sheets = buildWorkbookSheets(workspace, labels, {
    agreement,
    onProgress: (fraction) => progress(SHEETS_START + fraction * SHEETS_SHARE),
  });
  progress(SHEETS_START + SHEETS_SHARE);
  const file = await writeWorkbook(sheets);
  progress(1);
  return {
    blob: new Blob([file], { type: XLSX_MIME_TYPE }),
    missingCharacters: [],
    sheetCount: sheets.length,
  };
};
