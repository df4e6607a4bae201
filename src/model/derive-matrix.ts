import type { Cell, Matrix } from './assignment';
import { deriveBaseline } from './derive-baseline';
import { ROLES, type Role } from './roles';
import type { Engagement, Override } from './workspace';

/**
 * Derives the engagement's matrix as agreed: the baseline with the user's overrides applied. Each
 * overridden cell keeps its baseline and the reason, so the change can be shown and reset.
 * Overrides of other engagements, or of rows the engagement no longer has, are ignored.
 */
export function deriveMatrix(engagement: Engagement, overrides: readonly Override[]): Matrix {
  const baseline = deriveBaseline(engagement);
  const own = overrides.filter((override) => override.engagementId === engagement.id);
  if (own.length === 0) return baseline;
  return {
    ...baseline,
    rows: baseline.rows.map((row) => {
      const rowOverrides = own.filter((override) => override.rowId === row.id);
      if (rowOverrides.length === 0) return row;
      const cells = Object.fromEntries(
        ROLES.map((role): [Role, Cell] => {
          const cell = row.cells[role];
          const override = rowOverrides.find((candidate) => candidate.role === role);
          if (!override) return [role, cell];
          return [
            role,
            {
              ...cell,
              assignments: override.assignments,
              overridden: true,
              reason: override.reason,
            },
          ];
        }),
      ) as Record<Role, Cell>;
      return { ...row, cells };
    }),
  };
}
