import type { Assignment } from './assignment';
import type { Override, Workspace } from './workspace';

/**
 * A changed cell copies the party names of the cell it replaced. When an engagement (or a service)
 * changes its party, those names must follow, or the cell would still list the party that left:
 * this re-points, in the overrides and assignments `picks` chooses, the party `from` to `to` (no
 * party named when `to` is null). Nothing changes when `from` is null: an unnamed party leaves no
 * name on the cell, which then follows its column by itself.
 */
export function repointOverrideParties(
  workspace: Workspace,
  picks: (override: Override, assignment: Assignment) => boolean,
  from: string | null,
  to: string | null,
): Workspace {
  if (from === null || from === to) return workspace;
  let changed = false;
  const repoint =
    (override: Override) =>
    (assignment: Assignment): Assignment => {
      if (assignment.partyId !== from || !picks(override, assignment)) return assignment;
      changed = true;
      const { partyId: _left, ...rest } = assignment;
      return to === null ? rest : { ...rest, partyId: to };
    };
  const overrides = workspace.overrides.map((override) => {
    const assignments = override.assignments.map(repoint(override));
    return assignments.some((a, i) => a !== override.assignments[i])
      ? { ...override, assignments }
      : override;
  });
  return changed ? { ...workspace, overrides } : workspace;
}
