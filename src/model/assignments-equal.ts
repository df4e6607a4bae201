import type { Assignment } from './assignment';

function sameAssignment(a: Assignment, b: Assignment): boolean {
  return (
    a.duty === b.duty &&
    a.scope === b.scope &&
    a.via === b.via &&
    a.serviceId === b.serviceId &&
    a.partyId === b.partyId
  );
}

/**
 * Whether two cells say the same thing: the same duties, scopes, services and parties, in any order.
 * The basis is not compared, because it records why a cell is so, not what it says.
 */
export function isSameAssignments(a: readonly Assignment[], b: readonly Assignment[]): boolean {
  if (a.length !== b.length) return false;
  const rest = [...b];
  for (const assignment of a) {
    const index = rest.findIndex((other) => sameAssignment(assignment, other));
    if (index < 0) return false;
    rest.splice(index, 1);
  }
  return true;
}
