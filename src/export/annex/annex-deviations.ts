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

/** The deviations of one engagement: which cell, the baseline, what was agreed, and why. */
export function buildDeviations(
  engagement: Engagement,
  matrix: Matrix,
  labels: AnnexLabels,
): SizedBlock {
  const words = labels.deviations;
  const deviations = findDeviations(matrix);
  if (deviations.length === 0) return { lines: 1, block: note(words.none) };
  const texts = deviations.map(({ row, cell }) => [
    `${rowName(row, engagement, labels)}\n${labels.role(cell.role)}`,
    assignmentsWords(cell.baseline, labels),
    assignmentsWords(cell.assignments, labels),
    cell.reason.trim() === '' ? words.noReason : cell.reason.trim(),
  ]);
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
