import type { Matrix, MatrixRow } from './assignment';
import type { Department, RaciEntry, RaciLetter } from './departments';
import { inReadingOrder } from './reading-order';
import type { Engagement, Workspace } from './workspace';

/** Whether the customer holds a duty on a row: its column has at least one assignment. */
export function isCustomerDuty(row: MatrixRow): boolean {
  return row.cells.customer.assignments.length > 0;
}

/** The customer's duties in an engagement: the rows of the agreed matrix where it holds something. */
export function findCustomerDuties(matrix: Matrix): MatrixRow[] {
  return matrix.rows.filter(isCustomerDuty);
}

/** The departments of the party that is an engagement's customer; none while no customer is named. */
export function findCustomerDepartments(
  workspace: Workspace,
  engagement: Engagement,
): Department[] {
  const customer = engagement.customerPartyId;
  if (customer === null) return [];
  return workspace.departments.filter((d) => d.partyId === customer);
}

/** One row of an engagement's RACI: a matrix row and what the customer's departments do on it. */
export interface RaciRow {
  readonly row: MatrixRow;
  /** False when the customer no longer holds anything here but departments still have letters. */
  readonly hasDuty: boolean;
  /** Entries of the customer's own departments on this row. */
  readonly entries: readonly RaciEntry[];
}

/** The letters one department has on a RACI row (none when it has no entry there). */
export function lettersOf(raciRow: RaciRow, departmentId: string): readonly RaciLetter[] {
  return raciRow.entries.find((entry) => entry.departmentId === departmentId)?.letters ?? [];
}

/**
 * The rows a RACI of an engagement's customer covers, in the matrix's reading order (business data
 * first, as the matrix is shown): every customer duty, and any
 * row where the customer's departments still hold letters though the duty has gone (after an edit of
 * the matrix), so those letters can be seen and cleared. Entries of other parties' departments (an
 * earlier customer of the engagement) are left aside and come back if that party does.
 */
export function deriveRaciRows(
  workspace: Workspace,
  engagement: Engagement,
  matrix: Matrix,
): RaciRow[] {
  const departmentIds = new Set(findCustomerDepartments(workspace, engagement).map((d) => d.id));
  if (departmentIds.size === 0) return [];
  const own = workspace.raci.filter(
    (entry) => entry.engagementId === engagement.id && departmentIds.has(entry.departmentId),
  );
  return inReadingOrder(matrix.rows).flatMap((row): RaciRow[] => {
    const entries = own.filter((entry) => entry.rowId === row.id);
    const hasDuty = isCustomerDuty(row);
    return hasDuty || entries.length > 0 ? [{ row, hasDuty, entries }] : [];
  });
}
