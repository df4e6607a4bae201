import type { Assignment, MatrixRow } from './assignment';
import { JOINT_SPLIT } from './derive-baseline';
import { setCellAssignments } from './edit-cells';
import { resolveCarrier } from './resolve-carrier';
import type { Engagement, Workspace } from './workspace';

/** Whether a row already carries the joint split (the customer owns the use, the provider the service). */
export function isJointRow(row: MatrixRow): boolean {
  const owns = (cell: MatrixRow['cells']['customer'], scope: string) =>
    cell.assignments.length === 1 &&
    cell.assignments[0]?.duty === 'owner' &&
    cell.assignments[0]?.scope === scope;
  return (
    owns(row.cells.customer, JOINT_SPLIT.customer.scope) &&
    owns(row.cells.provider, JOINT_SPLIT.provider.scope)
  );
}

/**
 * Makes a layer jointly owned in one edit: the customer and provider cells get the joint split,
 * keeping each cell's supporters, with one reason for both.
 */
export function makeLayerJoint(
  workspace: Workspace,
  engagement: Engagement,
  row: MatrixRow,
  reason: string,
): Workspace {
  let next = workspace;
  for (const role of ['customer', 'provider'] as const) {
    const supporters = row.cells[role].assignments.filter((a) => a.duty === 'supporter');
    const owner = { ...JOINT_SPLIT[role], basis: { source: 'override' } } as Assignment;
    const assignments = [owner, ...supporters].map((a) => ({
      ...a,
      ...resolveCarrier(engagement, row, role, a),
    }));
    next = setCellAssignments(
      next,
      { engagementId: engagement.id, rowId: row.id, role },
      assignments,
      reason,
    );
  }
  return next;
}
