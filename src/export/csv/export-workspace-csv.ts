import type { Assignment } from '@/model/assignment';
import { deriveCrosswalk } from '@/model/crosswalk';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import { ROLES } from '@/model/roles';
import type { Override, Workspace } from '@/model/workspace';
import {
  CSV_COLUMNS,
  CSV_CROSSWALK_COLUMNS,
  CSV_FINGERPRINT_COLUMN,
  type CsvColumn,
  type CsvCrosswalkColumn,
} from '@/schema/csv-format';
import type { CsvLabels } from './csv-labels';
import { writeCsv } from './write-csv';

/** One row of the CSV before escaping: a value per column. */
export type CsvExportRow = Readonly<Record<CsvColumn | CsvCrosswalkColumn, string>>;

/** Every column the export writes: the stable columns, then the derived crosswalk. */
const EXPORT_COLUMNS = [...CSV_COLUMNS, ...CSV_CROSSWALK_COLUMNS] as const;

function overridesByEngagement(overrides: readonly Override[]): Map<string, Override[]> {
  const grouped = new Map<string, Override[]>();
  for (const override of overrides) {
    const list = grouped.get(override.engagementId);
    if (list) list.push(override);
    else grouped.set(override.engagementId, [override]);
  }
  return grouped;
}

/**
 * The rows of the CSV before escaping, as records by column: one per engagement × matrix row ×
 * role × assignment, and one with empty duty, scope, via, party and basis for an empty cell.
 */
export function buildCsvRows(workspace: Workspace, labels: CsvLabels): CsvExportRow[] {
  const partyNames = new Map(workspace.parties.map((party) => [party.id, party.name]));
  const overrides = overridesByEngagement(workspace.overrides);
  const rows: CsvExportRow[] = [];
  workspace.engagements.forEach((engagement, index) => {
    const matrix = deriveMatrixMemo(engagement, overrides.get(engagement.id) ?? []);
    const engagementLabel = labels.engagement(engagement, index);
    for (const row of matrix.rows) {
      const rowLabel = labels.row(row, engagement);
      // External vocabularies' own values, verbatim, so reviewers can compare them with CCM and FedRAMP.
      const crosswalk = deriveCrosswalk(row);
      for (const role of ROLES) {
        const cell = row.cells[role];
        const base = {
          engagement_id: engagement.id,
          engagement: engagementLabel,
          layer_id: row.id,
          layer: rowLabel,
          role_id: role,
          role: labels.role(role),
          overridden: cell.overridden ? labels.yes : labels.no,
          reason: cell.reason,
          ccm_ssrm_ownership: crosswalk?.ccm ?? '',
          fedramp_inheritable: crosswalk?.fedramp ?? '',
          shared_label: crosswalk?.shared ?? '',
        };
        const assignments: readonly (Assignment | undefined)[] =
          cell.assignments.length > 0 ? cell.assignments : [undefined];
        for (const assignment of assignments) {
          rows.push({
            ...base,
            party: assignment?.partyId ? (partyNames.get(assignment.partyId) ?? '') : '',
            duty: assignment?.duty ?? '',
            scope: assignment?.scope ?? '',
            via: assignment?.via ?? '',
            basis: assignment ? labels.basis(assignment.basis) : '',
          });
        }
      }
    }
  });
  return rows;
}

/**
 * Exports the agreed matrices of a workspace as CSV for spreadsheets and contract annexes: the
 * stable columns of `CSV_COLUMNS` and the derived `CSV_CROSSWALK_COLUMNS`, ids in English and words from `labels`, UTF-8 with BOM, CRLF,
 * every cell quoted and protected against formula injection.
 */
export function exportWorkspaceCsv(
  workspace: Workspace,
  labels: CsvLabels,
  fingerprint?: string,
): string {
  const rows = buildCsvRows(workspace, labels);
  const cells = rows.map((row) => EXPORT_COLUMNS.map((column) => row[column]));
  if (!fingerprint) return writeCsv([EXPORT_COLUMNS, ...cells]);
  return writeCsv([
    [...EXPORT_COLUMNS, CSV_FINGERPRINT_COLUMN],
    ...cells.map((row) => [...row, fingerprint]),
  ]);
}
