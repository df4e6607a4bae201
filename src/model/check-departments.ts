import type { Matrix } from './assignment';
import { deriveRaciRows, type RaciRow } from './customer-duties';
import type { RaciEntry } from './departments';
import { deriveMatrixMemo } from './derive-matrix-memo';
import { type Finding, makeFinding } from './findings';
import type { Engagement, Workspace } from './workspace';

/** How a RACI row stands: one Accountable department as it should, none yet, several, or no duty left. */
export type RaciRowState = 'agreed' | 'noAccountable' | 'severalAccountable' | 'withoutDuty';

/** How many departments are Accountable in a row's entries. */
export function countAccountable(entries: readonly RaciEntry[]): number {
  return entries.filter((entry) => entry.letters.includes('accountable')).length;
}

/**
 * The state of a RACI row [derived]: a duty needs exactly one Accountable department, as a RACI
 * does by definition; letters on a row where the customer holds no duty are left over from an edit.
 */
export function findRaciRowState(raciRow: RaciRow): RaciRowState {
  if (!raciRow.hasDuty) return 'withoutDuty';
  const accountable = countAccountable(raciRow.entries);
  if (accountable === 0) return 'noAccountable';
  return accountable === 1 ? 'agreed' : 'severalAccountable';
}

const CODE_OF = {
  noAccountable: 'raci-no-accountable',
  severalAccountable: 'raci-several-accountable',
  withoutDuty: 'raci-without-duty',
} as const;

/**
 * Checks the RACI of an engagement's customer, once that party has departments [derived from
 * domain §6, under reasonable responsibility]: every duty has exactly one Accountable department,
 * and no department keeps letters on a row where the customer holds nothing.
 */
export function checkEngagementRaci(
  workspace: Workspace,
  engagement: Engagement,
  matrix: Matrix,
): Finding[] {
  return deriveRaciRows(workspace, engagement, matrix).flatMap((raciRow): Finding[] => {
    const state = findRaciRowState(raciRow);
    if (state === 'agreed') return [];
    const { row } = raciRow;
    return [
      makeFinding(CODE_OF[state], {
        engagementId: engagement.id,
        rowId: row.id,
        ...(row.layer ? { layer: row.layer } : {}),
        role: 'customer',
        ...(engagement.customerPartyId ? { partyId: engagement.customerPartyId } : {}),
      }),
    ];
  });
}

/** The RACI findings of every engagement of a workspace. */
export function checkDepartments(workspace: Workspace): Finding[] {
  return workspace.engagements.flatMap((engagement) =>
    checkEngagementRaci(workspace, engagement, deriveMatrixMemo(engagement, workspace.overrides)),
  );
}
