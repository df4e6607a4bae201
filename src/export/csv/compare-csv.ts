import type { Assignment } from '@/model/assignment';
import type { CompareRowKey, MatrixDifference } from '@/model/compare-matrices';
import type { Role } from '@/model/roles';
import { writeCsv } from './write-csv';

/** The columns of the comparison CSV: ids in English, the rest in the export's language. */
export const COMPARE_CSV_HEADER = [
  'row_id',
  'row',
  'role_id',
  'role',
  'change',
  'a',
  'a_duties',
  'b',
  'b_duties',
] as const;

/** The words of the comparison CSV in the user's language; the UI fills them from its translations. */
export interface CompareCsvLabels {
  /** What each side is, e.g. "IaaS · Cloud service" or an engagement's name. */
  readonly sides: { readonly a: string; readonly b: string };
  /** The name of a compared row: a layer, or an assurance service's own row. */
  row(row: CompareRowKey): string;
  role(role: Role): string;
  /** The kind of change: a changed cell, or a row only one side has. */
  change(presence: MatrixDifference['presence']): string;
  /** A cell's assignments in words (empty cells included), with the parties of that side. */
  assignments(assignments: readonly Assignment[], side: 'a' | 'b'): string;
}

/**
 * Writes the differences between two matrices as CSV, one line per cell that differs: the row and
 * role, what kind of change, and each side with what it says there. Every line names both sides,
 * so a line read on its own still says what was compared.
 */
export function exportCompareCsv(
  differences: readonly MatrixDifference[],
  labels: CompareCsvLabels,
): string {
  const lines = differences.map((d) => [
    d.row.key,
    labels.row(d.row),
    d.role,
    labels.role(d.role),
    labels.change(d.presence),
    labels.sides.a,
    labels.assignments(d.before, 'a'),
    labels.sides.b,
    labels.assignments(d.after, 'b'),
  ]);
  return writeCsv([[...COMPARE_CSV_HEADER], ...lines]);
}
