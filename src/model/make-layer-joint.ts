import type { Assignment, MatrixRow } from './assignment';
import { setCellAssignments } from './edit-cells';
import { resolveCarrier } from './resolve-carrier';
import type { Engagement, Workspace } from './workspace';

/**
 * The split agreed when a layer is jointly owned [derived from the report's IaaS virtualised
 * infrastructure row]: the provider owns the service itself, the customer its secure use.
 */
export const JOINT_SPLIT = {
  customer: { duty: 'owner', scope: 'use' },
  provider: { duty: 'owner', scope: 'service' },
} as const satisfies Record<string, Pick<Assignment, 'duty' | 'scope'>>;

/** Whether a row already carries the joint split (the customer owns the use, the provider the service). */
export function isJointRow(row: MatrixRow): boolean {
  const owns = (cell: MatrixRow['cells']['customer'], scope: string) =>
    cell.assignments.length === 1 &&
    cell.assignments[0]?.duty === 'owner' &&
    cell.assignments[0]?.scope === scope;
  return owns(row.cells.customer, 'use') && owns(row.cells.provider, 'service');
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
