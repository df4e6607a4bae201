import type { Assignment } from './assignment';
import { isSameAssignments } from './assignments-equal';
import { isSameCell } from './cell-ref';
import { deriveBaseline } from './derive-baseline';
import type { CellRef, Override, Workspace } from './workspace';

function isCell(ref: CellRef): (override: Override) => boolean {
  return (override) => isSameCell(override, ref);
}

function findBaselineCell(workspace: Workspace, ref: CellRef): readonly Assignment[] | undefined {
  const engagement = workspace.engagements.find((e) => e.id === ref.engagementId);
  if (!engagement) return undefined;
  return deriveBaseline(engagement).rows.find((row) => row.id === ref.rowId)?.cells[ref.role]
    .assignments;
}

/**
 * Sets what a cell says, as agreed in the contract. A cell set back to its baseline is no longer an
 * override; otherwise the given reason is kept (or the earlier one, when none is given).
 * A cell that does not exist leaves the workspace unchanged.
 */
export function setCellAssignments(
  workspace: Workspace,
  ref: CellRef,
  assignments: readonly Assignment[],
  reason?: string,
): Workspace {
  const baseline = findBaselineCell(workspace, ref);
  if (!baseline) return workspace;
  const others = workspace.overrides.filter((o) => !isCell(ref)(o));
  if (isSameAssignments(assignments, baseline)) return { ...workspace, overrides: others };
  const previous = workspace.overrides.find(isCell(ref));
  const override: Override = {
    engagementId: ref.engagementId,
    rowId: ref.rowId,
    role: ref.role,
    assignments: assignments.map((a) => ({ ...a, basis: { source: 'override' } })),
    reason: reason ?? previous?.reason ?? '',
  };
  return { ...workspace, overrides: [...others, override] };
}

/** Sets the reason of an existing override; a cell that is not overridden is left as it is. */
export function setOverrideReason(workspace: Workspace, ref: CellRef, reason: string): Workspace {
  return {
    ...workspace,
    overrides: workspace.overrides.map((o) => (isCell(ref)(o) ? { ...o, reason } : o)),
  };
}

/** Resets one cell to its baseline. */
export function clearOverride(workspace: Workspace, ref: CellRef): Workspace {
  return { ...workspace, overrides: workspace.overrides.filter((o) => !isCell(ref)(o)) };
}

/** Resets every cell of an engagement to its baseline. */
export function clearAllOverrides(workspace: Workspace, engagementId: string): Workspace {
  return {
    ...workspace,
    overrides: workspace.overrides.filter((o) => o.engagementId !== engagementId),
  };
}
