import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import type { Workspace } from '@/model/workspace';
import { contractSheet } from './sheet-contract';
import { matrixSheet } from './sheet-matrix';
import { raciSheet } from './sheet-raci';
import { signOffSheet } from './sheet-sign-off';
import {
  checksSheet,
  deviationsSheet,
  partyDutiesSheet,
  planSheet,
  rowsSheet,
} from './sheet-tables';
import type { WorkbookLabels } from './workbook-labels';
import { sheetHeading, type WorkbookSheet } from './workbook-sheet';
import { writeXlsx } from './writer/write-xlsx';

/** What the workbook carries beside the workspace. */
export interface WorkbookOptions {
  /**
   * The agreement section in the workbook's language, made from the content's fingerprint (which
   * needs Web Crypto, so the caller computes it); without it the sign-off sheet has empty cells.
   */
  readonly agreement?: AgreementAnnexText;
  /** Told the fraction of engagement sheets made so far (the export worker's progress bar). */
  readonly onProgress?: (fraction: number) => void;
}

/** The MIME type of an Excel workbook. */
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Excel refuses these in sheet names and names of more than 31 characters.
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[\\/?*[\]:]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 27)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The sheets of the workbook, in order: contract, each engagement's matrix, the long table, each
 * party's duties, deviations, the information plan, departments (RACI), checks and sign-off.
 */
export function buildWorkbookSheets(
  workspace: Workspace,
  labels: WorkbookLabels,
  options: WorkbookOptions = {},
): WorkbookSheet[] {
  const heading = sheetHeading(workspace.contract, labels);
  const total = workspace.engagements.length;
  const sheets = [
    contractSheet(workspace, heading, labels),
    ...workspace.engagements.map((engagement, index) => {
      options.onProgress?.(index / total);
      return matrixSheet(
        workspace,
        engagement,
        index,
        deriveMatrixMemo(engagement, workspace.overrides),
        heading,
        labels,
      );
    }),
    rowsSheet(workspace, heading, labels),
    partyDutiesSheet(workspace, heading, labels),
    deviationsSheet(workspace, heading, labels),
    planSheet(workspace, heading, labels),
    raciSheet(workspace, heading, labels),
    checksSheet(workspace, heading, labels),
    signOffSheet(workspace, heading, labels, options.agreement),
  ];
  const taken = new Set<string>();
  return sheets.map((sheet) => ({ ...sheet, name: sheetName(sheet.name, taken) }));
}

/**
 * Writes the workspace as an Excel workbook: frozen title block, header row and first column, column
 * widths, wrapped text, owners and supporters tinted with a legend, merged titles, A4 landscape
 * fitted to the page width with the header rows repeated on every page.
 */
export async function buildWorkbook(
  workspace: Workspace,
  labels: WorkbookLabels,
  options: WorkbookOptions = {},
): Promise<Blob> {
  return writeWorkbook(buildWorkbookSheets(workspace, labels, options));
}

/** Writes sheets made by buildWorkbookSheets as an Excel file. */
export async function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Blob> {
  return new Blob([writeXlsx(sheets)], { type: XLSX_MIME_TYPE });
}
