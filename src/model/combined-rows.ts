import type { Cell, MatrixRow } from './assignment';
import { checkMatrix } from './check-matrix';
import { deriveMatrix } from './derive-matrix';
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
  const matrix = deriveMatrix(engagement, ownOverrides);
  // The cell-level part of checkWorkspace: party-level findings (information channels) name no cell.
  const findings = checkMatrix(engagement, matrix);
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

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * A memo of combined blocks across calls: an engagement's block is rebuilt only when the engagement
 * object or one of its own overrides changed, so an edit to one of 50 engagements derives one matrix.
 * Edits never mutate, so identity tells a change apart.
 */
export function createCombinedBlockCache(): (
  engagements: readonly Engagement[],
  overrides: readonly Override[],
) => readonly CombinedBlock[] {
  let cache = new Map<string, { own: readonly Override[]; block: CombinedBlock }>();
  return (engagements, overrides) => {
    const groups = groupOverridesByEngagement(overrides);
    const next = new Map<string, { own: readonly Override[]; block: CombinedBlock }>();
    const blocks = engagements.map((engagement) => {
      const own = groups.get(engagement.id) ?? NO_OVERRIDES;
      const cached = cache.get(engagement.id);
      const entry =
        cached && cached.block.engagement === engagement && sameList(cached.own, own)
          ? cached
          : { own, block: buildCombinedBlock(engagement, own) };
      next.set(engagement.id, entry);
      return entry.block;
    });
    cache = next;
    return blocks;
  };
}
