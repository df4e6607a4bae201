import type { Assignment, MatrixRow } from '@/model/assignment';
import { findRaciRowState, type RaciRowState } from '@/model/check-departments';
import { deriveRaciRows, findCustomerDepartments, lettersOf } from '@/model/customer-duties';
import type { Department, RaciLetter } from '@/model/departments';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import { RACI_MARK } from '@/model/raci-marks';
import type { Engagement, Workspace } from '@/model/workspace';
import { writeCsv } from './write-csv';

/** The columns of the RACI CSV: ids in English, labels in the export's language. */
export const RACI_CSV_COLUMNS = [
  'engagement_id',
  'engagement',
  'row_id',
  'row',
  'customer_duty',
  'party',
  'department_id',
  'department',
  'raci',
  'raci_meaning',
  'row_check',
] as const;

/** One column of the RACI CSV. */
export type RaciCsvColumn = (typeof RACI_CSV_COLUMNS)[number];

/** The words of the RACI CSV in the user's language, filled by the UI (exports use no i18n). */
export interface RaciCsvLabels {
  /** The name of an engagement, with a fallback when it has none (index is 0-based). */
  engagement(engagement: Engagement, index: number): string;
  row(row: MatrixRow, engagement: Engagement): string;
  /** What the customer holds on the row, in words. */
  duty(assignments: readonly Assignment[]): string;
  department(department: Department): string;
  /** The full name of a RACI letter, e.g. "Accountable" or "问责". */
  letter(letter: RaciLetter): string;
  /** How the row stands against the one-Accountable check. */
  state(state: RaciRowState): string;
  /** Joins a list in one cell: `、` or `, `. */
  readonly listSeparator: string;
}

/** One row of the RACI CSV before escaping. */
export type RaciCsvRow = Readonly<Record<RaciCsvColumn, string>>;

/**
 * The RACI as rows: one per engagement × customer duty × department of the customer, with the
 * department's letters (empty when it has none), so the table is complete and pivots cleanly.
 */
export function buildRaciCsvRows(workspace: Workspace, labels: RaciCsvLabels): RaciCsvRow[] {
  return workspace.engagements.flatMap((engagement, index) => {
    const departments = findCustomerDepartments(workspace, engagement);
    const matrix = deriveMatrixMemo(engagement, workspace.overrides);
    const party = workspace.parties.find((p) => p.id === engagement.customerPartyId)?.name ?? '';
    return deriveRaciRows(workspace, engagement, matrix).flatMap((raciRow) => {
      const { row } = raciRow;
      const base = {
        engagement_id: engagement.id,
        engagement: labels.engagement(engagement, index),
        row_id: row.id,
        row: labels.row(row, engagement),
        customer_duty: labels.duty(row.cells.customer.assignments),
        party,
        row_check: labels.state(findRaciRowState(raciRow)),
      };
      return departments.map((department): RaciCsvRow => {
        const letters = lettersOf(raciRow, department.id);
        return {
          ...base,
          department_id: department.id,
          department: labels.department(department),
          raci: letters.map((letter) => RACI_MARK[letter]).join(''),
          raci_meaning: letters.map(labels.letter).join(labels.listSeparator),
        };
      });
    });
  });
}

/** The RACI of every engagement's customer as CSV (BOM, CRLF, every cell quoted and protected). */
export function exportRaciCsv(workspace: Workspace, labels: RaciCsvLabels): string {
  const rows = buildRaciCsvRows(workspace, labels);
  return writeCsv([RACI_CSV_COLUMNS, ...rows.map((row) => RACI_CSV_COLUMNS.map((c) => row[c]))]);
}
