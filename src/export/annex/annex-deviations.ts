import type { Cell, Matrix, MatrixRow } from '@/model/assignment';
import { inReadingOrder } from '@/model/reading-order';
import { ROLES } from '@/model/roles';
import type { Engagement } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';
import { assignmentsWords, rowName } from './annex-names';
import { estimateTableLines, headerCells, note, type SizedBlock } from './annex-size';

/** An overridden cell with the row it sits in. */
export interface Deviation {
  readonly row: MatrixRow;
  readonly cell: Cell;
}

/** The cells of a matrix that the contract changed from the baseline, in reading order. */
export function findDeviations(matrix: Matrix): Deviation[] {
  return inReadingOrder(matrix.rows).flatMap((row) =>
    ROLES.map((role) => ({ row, cell: row.cells[role] })).filter(({ cell }) => cell.overridden),
  );
}

/** One deviation in words: the cell's row and role, the baseline, what was agreed, and why. */
export interface DeviationWords {
  readonly row: string;
  readonly role: string;
  readonly baseline: string;
  readonly agreed: string;
  readonly reason: string;
}

/** The deviations of a matrix in words, as the annex and the workbook both write them. */
export function describeDeviations(
  engagement: Engagement,
  matrix: Matrix,
  labels: AnnexLabels,
): DeviationWords[] {
  return findDeviations(matrix).map(({ row, cell }) => ({
    row: rowName(row, engagement, labels),
    role: labels.role(cell.role),
    baseline: assignmentsWords(cell.baseline, labels),
    agreed: assignmentsWords(cell.assignments, labels),
    reason: cell.reason.trim() === '' ? labels.deviations.noReason : cell.reason.trim(),
  }));
}

/** The deviations of one engagement: which cell, the baseline, what was agreed, and why. */
export function buildDeviations(
  engagement: Engagement,
  matrix: Matrix,
  labels: AnnexLabels,
): SizedBlock {
  const words = labels.deviations;
  const deviations = describeDeviations(engagement, matrix, labels);
  if (deviations.length === 0) return { lines: 1, block: note(words.none) };
  const texts = deviations.map((d) => [`${d.row}\n${d.role}`, d.baseline, d.agreed, d.reason]);
  return {
    // A reason can be long, so rows may break across pages rather than be cut off.
    lines: estimateTableLines(texts, 12) + 2,
    block: {
      kind: 'table',
      table: 'deviations',
      header: headerCells([words.cell, words.baseline, words.agreed, words.reason]),
      rows: texts.map((cells) => cells.map((text) => ({ text }))),
      rowHeaders: true,
    },
  };
}
