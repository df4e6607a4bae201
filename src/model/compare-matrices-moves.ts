import type { Assignment } from './assignment';
import type { CompareOptions, CompareRowKey, MatrixDifference } from './compare-matrices';
import { ROLES, type Role } from './roles';

/** What a moved, gained or lost duty is: its duty, scope and the kind of service carrying it. */
export type DutyShape = Pick<Assignment, 'duty' | 'scope' | 'via'>;

/** How the duties of one row change from the first side to the second. */
export interface RowChanges {
  readonly row: CompareRowKey;
  /** `both`, or the only side that has the row. */
  readonly presence: MatrixDifference['presence'];
  /** A duty one role gives up and another takes on, e.g. the facility's owner from provider to customer. */
  readonly moves: readonly {
    readonly duty: DutyShape;
    readonly from: Role;
    readonly to: Role;
  }[];
  /** The same duty in the same role, carried by another party (only when parties are compared). */
  readonly partyChanges: readonly {
    readonly duty: DutyShape;
    readonly role: Role;
    readonly fromPartyId?: string;
    readonly toPartyId?: string;
  }[];
  /** Duties a role takes on that no role had. */
  readonly gains: readonly { readonly duty: DutyShape; readonly role: Role }[];
  /** Duties a role gives up that no role takes on. */
  readonly losses: readonly { readonly duty: DutyShape; readonly role: Role }[];
}

interface Loose {
  readonly role: Role;
  readonly assignment: Assignment;
}

const shapeKey = (a: DutyShape) => `${a.duty}|${a.scope}|${a.via ?? ''}`;
const fullKey = (a: Assignment, options: CompareOptions) =>
  `${shapeKey(a)}|${options.compareParties ? (a.partyId ?? '') : ''}`;
const shapeOf = ({ duty, scope, via }: Assignment): DutyShape => ({
  duty,
  scope,
  ...(via ? { via } : {}),
});

/** The assignments of `from` that `to` does not have, counting repeats (a multiset difference). */
function minus(from: readonly Assignment[], to: readonly Assignment[], options: CompareOptions) {
  const rest = to.map((a) => fullKey(a, options));
  return from.filter((a) => {
    const index = rest.indexOf(fullKey(a, options));
    if (index < 0) return true;
    rest.splice(index, 1);
    return false;
  });
}

/** Takes the first item matching a test out of a list. */
function take<T>(items: T[], test: (item: T) => boolean): T | undefined {
  const index = items.findIndex(test);
  return index < 0 ? undefined : items.splice(index, 1)[0];
}

function summariseRow(rowDiffs: readonly MatrixDifference[], options: CompareOptions): RowChanges {
  const first = rowDiffs[0] as MatrixDifference;
  const lost: Loose[] = [];
  const gained: Loose[] = [];
  for (const d of rowDiffs) {
    lost.push(
      ...minus(d.before, d.after, options).map((assignment) => ({ role: d.role, assignment })),
    );
    gained.push(
      ...minus(d.after, d.before, options).map((assignment) => ({ role: d.role, assignment })),
    );
  }
  const partyChanges: RowChanges['partyChanges'][number][] = [];
  for (const l of [...lost]) {
    const g = take(
      gained,
      (c) => c.role === l.role && shapeKey(c.assignment) === shapeKey(l.assignment),
    );
    if (!g) continue;
    lost.splice(lost.indexOf(l), 1);
    partyChanges.push({
      duty: shapeOf(l.assignment),
      role: l.role,
      ...(l.assignment.partyId ? { fromPartyId: l.assignment.partyId } : {}),
      ...(g.assignment.partyId ? { toPartyId: g.assignment.partyId } : {}),
    });
  }
  const moves: RowChanges['moves'][number][] = [];
  for (const l of [...lost]) {
    const g = take(gained, (c) => shapeKey(c.assignment) === shapeKey(l.assignment));
    if (!g) continue;
    lost.splice(lost.indexOf(l), 1);
    moves.push({ duty: shapeOf(l.assignment), from: l.role, to: g.role });
  }
  const plain = (items: Loose[]) =>
    items.map((i) => ({ duty: shapeOf(i.assignment), role: i.role }));
  return {
    row: first.row,
    presence: first.presence,
    moves,
    partyChanges,
    gains: plain(gained),
    losses: plain(lost),
  };
}

/**
 * Groups the differences by row and reads them as changes of duty: a duty one role gives up and
 * another takes on in the same row is a move; what is left is a gain or a loss. Roles are taken in
 * the matrix's column order, so the result does not depend on the order of the differences.
 */
export function summariseRowChanges(
  differences: readonly MatrixDifference[],
  options: CompareOptions = {},
): RowChanges[] {
  const byRow = new Map<string, MatrixDifference[]>();
  for (const d of differences) byRow.set(d.row.key, [...(byRow.get(d.row.key) ?? []), d]);
  return [...byRow.values()].map((rowDiffs) =>
    summariseRow(
      [...rowDiffs].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role)),
      options,
    ),
  );
}
