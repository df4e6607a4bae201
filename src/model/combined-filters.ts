import type { AssetLayer } from './asset-layers';
import type { CombinedBlock, CombinedRow } from './combined-rows';
import { ROLES, type Role } from './roles';

/** The filters of the combined view; null or false means "not filtered on". */
export interface CombinedFilters {
  /** Rows where this party carries a duty (an assignment names it). */
  readonly partyId: string | null;
  /** Rows where this role has a duty; the cell filters then look at this role's cells only. */
  readonly role: Role | null;
  readonly layer: AssetLayer | null;
  readonly overriddenOnly: boolean;
  readonly findingsOnly: boolean;
}

/** No filter set: every row shows. */
export const NO_FILTERS: CombinedFilters = {
  partyId: null,
  role: null,
  layer: null,
  overriddenOnly: false,
  findingsOnly: false,
};

/** Whether any filter is set. */
export function isFiltering(filters: CombinedFilters): boolean {
  return (
    filters.partyId !== null ||
    filters.role !== null ||
    filters.layer !== null ||
    filters.overriddenOnly ||
    filters.findingsOnly
  );
}

function hasCellFilter(filters: CombinedFilters): boolean {
  return (
    filters.partyId !== null ||
    filters.role !== null ||
    filters.overriddenOnly ||
    filters.findingsOnly
  );
}

/**
 * Whether one cell meets every cell filter. A finding on the whole row counts for each of its cells,
 * since it concerns the layer rather than one role.
 */
export function isCellMatch(row: CombinedRow, role: Role, filters: CombinedFilters): boolean {
  const { cell, partyIds, findings } = row.cells[role];
  if (filters.role !== null && (role !== filters.role || cell.assignments.length === 0))
    return false;
  if (filters.partyId !== null && !partyIds.includes(filters.partyId)) return false;
  if (filters.overriddenOnly && !cell.overridden) return false;
  if (filters.findingsOnly && findings.length === 0 && row.rowFindings.length === 0) return false;
  return true;
}

/** Whether a row shows: its layer is the one chosen, and one of its cells meets every cell filter. */
export function isRowMatch(row: CombinedRow, filters: CombinedFilters): boolean {
  if (filters.layer !== null && row.row.layer !== filters.layer) return false;
  if (!hasCellFilter(filters)) return true;
  return ROLES.some((role) => isCellMatch(row, role, filters));
}

/** The combined view after filtering: engagements with at least one row left, and the counts. */
export interface FilteredCombined {
  readonly blocks: readonly CombinedBlock[];
  readonly shownRows: number;
  readonly totalRows: number;
}

/**
 * Filters every engagement's rows. An engagement with no row left is left out; one whose rows all
 * match keeps its block object, so a view memoised on it does not re-render.
 */
export function filterCombined(
  blocks: readonly CombinedBlock[],
  filters: CombinedFilters,
): FilteredCombined {
  let shownRows = 0;
  let totalRows = 0;
  const shown: CombinedBlock[] = [];
  const filtering = isFiltering(filters);
  for (const block of blocks) {
    totalRows += block.rows.length;
    const rows = filtering ? block.rows.filter((row) => isRowMatch(row, filters)) : block.rows;
    shownRows += rows.length;
    if (rows.length === block.rows.length) shown.push(block);
    else if (rows.length > 0) shown.push({ engagement: block.engagement, rows });
  }
  return { blocks: shown, shownRows, totalRows };
}
