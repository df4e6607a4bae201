import type { Cell, Matrix, MatrixRow } from './assignment';
import { checkMatrixMemo } from './check-matrix';
import { deriveMatrixMemo } from './derive-matrix-memo';
import type { FindingCode } from './findings';
import { inReadingOrder } from './reading-order';
import { ROLES, type Role } from './roles';
import type { Engagement, Override } from './workspace';

/** One cell of the combined view: the matrix cell, the parties that carry it and its findings. */
export interface CombinedCell {
  readonly cell: Cell;
  /** Parties named on the cell's assignments, each once, in order of appearance. */
  readonly partyIds: readonly string[];
  /** Codes of the checks that point at this very cell (row, role). */
  readonly findings: readonly FindingCode[];
}

/** One row of the combined view: an engagement's matrix row with its cells and row-wide findings. */
export interface CombinedRow {
  readonly engagementId: string;
  readonly row: MatrixRow;
  /** Codes of the checks that point at the whole row (a layer without an owner, for instance). */
  readonly rowFindings: readonly FindingCode[];
  readonly cells: Readonly<Record<Role, CombinedCell>>;
}

/** The rows of one engagement in display order: layers top to bottom, then assurance rows. */
export interface CombinedBlock {
  readonly engagement: Engagement;
  readonly rows: readonly CombinedRow[];
}

function partiesOf(cell: Cell): string[] {
  const ids = cell.assignments.flatMap((a) => (a.partyId === undefined ? [] : [a.partyId]));
  return [...new Set(ids)];
}

/**
 * Builds an engagement's rows for the combined view from its own overrides: the matrix as agreed,
 * with the findings of its checks attached to the cell (or the whole row) they point at.
 */
export function buildCombinedBlock(
  engagement: Engagement,
  ownOverrides: readonly Override[],
): CombinedBlock {
  return blockOf(engagement, deriveMatrixMemo(engagement, ownOverrides));
}

function buildBlock(engagement: Engagement, matrix: Matrix): CombinedBlock {
  // The cell-level part of checkWorkspace: party-level findings (information channels) name no cell.
  const findings = checkMatrixMemo(engagement, matrix);
  const rows = inReadingOrder(matrix.rows).map((row): CombinedRow => {
    const onRow = findings.filter((f) => f.rowId === row.id);
    const cells = Object.fromEntries(
      ROLES.map((role): [Role, CombinedCell] => {
        const cell = row.cells[role];
        const codes = onRow.filter((f) => f.role === role).map((f) => f.code);
        return [role, { cell, partyIds: partiesOf(cell), findings: codes }];
      }),
    ) as Record<Role, CombinedCell>;
    return {
      engagementId: engagement.id,
      row,
      rowFindings: onRow.filter((f) => f.role === undefined).map((f) => f.code),
      cells,
    };
  });
  return { engagement, rows };
}

/** Each engagement's own overrides, by engagement id, in workspace order. */
export function groupOverridesByEngagement(
  overrides: readonly Override[],
): ReadonlyMap<string, readonly Override[]> {
  const groups = new Map<string, Override[]>();
  for (const override of overrides) {
    const group = groups.get(override.engagementId);
    if (group) group.push(override);
    else groups.set(override.engagementId, [override]);
  }
  return groups;
}

const NO_OVERRIDES: readonly Override[] = [];

// A block per derived matrix: `deriveMatrixMemo` keeps the matrix while the engagement and its own
// overrides stay, so the block (and its checks) is kept with it.
const blocks = new WeakMap<Matrix, CombinedBlock>();

function blockOf(engagement: Engagement, matrix: Matrix): CombinedBlock {
  const known = blocks.get(matrix);
  if (known) return known;
  const block = buildBlock(engagement, matrix);
  blocks.set(matrix, block);
  return block;
}

/**
 * The combined blocks of a workspace: an engagement's block is rebuilt only when the engagement
 * object or one of its own overrides changed, so an edit to one of 50 engagements derives one matrix.
 */
export function combineBlocks(
  engagements: readonly Engagement[],
  overrides: readonly Override[],
): readonly CombinedBlock[] {
  const groups = groupOverridesByEngagement(overrides);
  return engagements.map((engagement) =>
    buildCombinedBlock(engagement, groups.get(engagement.id) ?? NO_OVERRIDES),
  );
}
