import type { AssetLayer } from './asset-layers';
import type { Assignment, Matrix, MatrixRow, MatrixRowKind } from './assignment';
import { isSameAssignments } from './assignments-equal';
import { ROLES, type Role } from './roles';
import type { AssuranceServiceType } from './service-types';

/** How two matrices are compared. */
export interface CompareOptions {
  /**
   * Whether a different party carrying the same duty counts as a difference. Off by default: two
   * engagements with other providers would otherwise differ in every cell.
   */
  readonly compareParties?: boolean;
}

/** A row as both sides know it: a layer, or the n-th assurance row of a service type. */
export interface CompareRowKey {
  /** `facility`, or `securityService#1` for the first security service's own row. */
  readonly key: string;
  readonly kind: MatrixRowKind;
  readonly layer?: AssetLayer;
  readonly serviceType?: AssuranceServiceType;
  /** 1-based position among the rows of its service type. */
  readonly ordinal?: number;
}

/** One cell whose duties differ between the two sides, or that only one side has. */
export interface MatrixDifference {
  readonly row: CompareRowKey;
  readonly role: Role;
  /** Empty when the cell says nothing on that side, or the side has no such row. */
  readonly before: readonly Assignment[];
  readonly after: readonly Assignment[];
  /** `both` when each side has the row, else the side that has it. */
  readonly presence: 'both' | 'before' | 'after';
  /** The row's id on each side, to find the cell in each table. */
  readonly beforeRowId?: string;
  readonly afterRowId?: string;
}

/** The rows of a matrix by the key that matches them across matrices. */
function keyRows(matrix: Matrix): Map<string, { key: CompareRowKey; row: MatrixRow }> {
  const keyed = new Map<string, { key: CompareRowKey; row: MatrixRow }>();
  const seen: Partial<Record<AssuranceServiceType, number>> = {};
  for (const row of matrix.rows) {
    if (row.layer !== undefined) {
      keyed.set(row.layer, { key: { key: row.layer, kind: 'layer', layer: row.layer }, row });
      continue;
    }
    const serviceType = row.serviceType;
    if (serviceType === undefined) continue;
    const ordinal = (seen[serviceType] ?? 0) + 1;
    seen[serviceType] = ordinal;
    const key = `${serviceType}#${ordinal}`;
    keyed.set(key, { key: { key, kind: 'assurance', serviceType, ordinal }, row });
  }
  return keyed;
}

/** What a cell says for the comparison: services differ by id across engagements, so they are left out. */
function comparable(assignments: readonly Assignment[], options: CompareOptions): Assignment[] {
  return assignments.map(({ serviceId: _service, partyId, ...rest }) =>
    options.compareParties && partyId !== undefined ? { ...rest, partyId } : rest,
  );
}

/**
 * Compares two matrices row by row and role by role: layer rows match by layer, assurance rows by
 * service type (the first security service's row with the first, and so on). A difference is a cell
 * whose assignments differ (duty, scope, the kind of service that carries it, and the party if asked;
 * never the basis), or a non-empty cell of a row only one side has. In the order of the rows, the
 * first side's rows first, then the rows only the second side has.
 */
export function compareMatrices(
  before: Matrix,
  after: Matrix,
  options: CompareOptions = {},
): MatrixDifference[] {
  const left = keyRows(before);
  const right = keyRows(after);
  const keys = [...left.keys(), ...[...right.keys()].filter((key) => !left.has(key))];
  const differences: MatrixDifference[] = [];
  for (const key of keys) {
    const a = left.get(key);
    const b = right.get(key);
    const rowKey = (a ?? b)?.key;
    if (!rowKey) continue;
    for (const role of ROLES) {
      const beforeCell = a?.row.cells[role].assignments ?? [];
      const afterCell = b?.row.cells[role].assignments ?? [];
      if (isSameAssignments(comparable(beforeCell, options), comparable(afterCell, options))) {
        continue;
      }
      differences.push({
        row: rowKey,
        role,
        before: beforeCell,
        after: afterCell,
        presence: a && b ? 'both' : a ? 'before' : 'after',
        ...(a ? { beforeRowId: a.row.id } : {}),
        ...(b ? { afterRowId: b.row.id } : {}),
      });
    }
  }
  return differences;
}

/** Whether a cell of one side is among the differences, to mark it in that side's table. */
export function isChangedCell(
  differences: readonly MatrixDifference[],
  side: 'before' | 'after',
  rowId: string,
  role: Role,
): boolean {
  return differences.some(
    (d) => d.role === role && (side === 'before' ? d.beforeRowId : d.afterRowId) === rowId,
  );
}
