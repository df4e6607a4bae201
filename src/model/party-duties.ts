import type { Assignment, Cell, MatrixRow } from './assignment';
import { deriveMatrixMemo } from './derive-matrix-memo';
import { inReadingOrder } from './reading-order';
import { resolveCarrier } from './resolve-carrier';
import { ROLES, type Role } from './roles';
import type { Engagement, Workspace } from './workspace';

/**
 * Why a baseline assignment is there, by the rule of the report's tables (§2.3.2) or our reading of
 * it (assurance rows, §2.4); the assignment's basis says which of the two.
 */
export const BASELINE_REASONS = [
  'providerRunsUnder',
  'customerRunsUnder',
  'deliversService',
  'usesService',
  'ownsOnService',
  'securitySupport',
  'opsSupport',
  'assuranceService',
] as const;

/** One baseline rule a party's duty rests on. */
export type BaselineReason = (typeof BASELINE_REASONS)[number];

/** The reason for a duty: the contract's own reason for a changed cell, else the baseline's rule. */
export type DutyReason =
  | { readonly kind: 'override'; readonly text: string }
  | { readonly kind: 'baseline'; readonly rule: BaselineReason };

/** One duty a party carries: a cell's assignment, the column (role) it sits in, and why. */
export interface PartyDutyLine {
  readonly row: MatrixRow;
  readonly role: Role;
  readonly assignment: Assignment;
  /** Whether the cell was changed for the contract. */
  readonly changed: boolean;
  /** What the cell said before it was changed; empty when it was not. */
  readonly baseline: readonly Assignment[];
  readonly reason: DutyReason;
}

/** The duties a party carries in one engagement, rows in reading order (business data first). */
export interface PartyDutyGroup {
  readonly engagement: Engagement;
  /** The engagement's place in the workspace, from 0. */
  readonly index: number;
  /** The columns (roles) in which the party carries something here, in matrix order. */
  readonly roles: readonly Role[];
  readonly lines: readonly PartyDutyLine[];
}

/** How many duties a party carries as owner and as supporter, and in how many engagements. */
export interface PartyDutyCounts {
  readonly owner: number;
  readonly supporter: number;
  readonly engagements: number;
}

/** The rule of the baseline tables that puts an assignment in its cell. */
export function findBaselineReason(
  row: MatrixRow,
  role: Role,
  assignment: Assignment,
): BaselineReason {
  if (row.kind === 'assurance') return 'assuranceService';
  if (assignment.duty === 'supporter') {
    return assignment.via === 'opsService' ? 'opsSupport' : 'securitySupport';
  }
  if (row.position === 'boundary') {
    return assignment.scope === 'service' ? 'deliversService' : 'usesService';
  }
  if (row.position === 'under')
    return role === 'provider' ? 'providerRunsUnder' : 'customerRunsUnder';
  return 'ownsOnService';
}

/**
 * The party that carries an assignment: the one the assignment names, else the one the engagement
 * names for its column or service (`resolveCarrier`). A party the engagement does not name carries
 * none of its columns.
 */
export function findCarrierParty(
  engagement: Engagement,
  row: MatrixRow,
  role: Role,
  assignment: Assignment,
): string | undefined {
  return assignment.partyId ?? resolveCarrier(engagement, row, role, assignment).partyId;
}

function dutyLine(cell: Cell, row: MatrixRow, role: Role, assignment: Assignment): PartyDutyLine {
  return {
    row,
    role,
    assignment,
    changed: cell.overridden,
    baseline: cell.overridden ? cell.baseline : [],
    reason: cell.overridden
      ? { kind: 'override', text: cell.reason.trim() }
      : { kind: 'baseline', rule: findBaselineReason(row, role, assignment) },
  };
}

/**
 * Every party's duties across the workspace in one walk (each party's list as `listPartyDuties`
 * gives it), for exports that list all parties: walking the workspace once per party made the
 * workbook of 500 engagements and 100 parties spend most of its time here.
 */
export function listDutiesByParty(workspace: Workspace): ReadonlyMap<string, PartyDutyGroup[]> {
  const byParty = new Map<string, PartyDutyGroup[]>();
  workspace.engagements.forEach((engagement, index) => {
    const lines = new Map<string, PartyDutyLine[]>();
    const matrix = deriveMatrixMemo(engagement, workspace.overrides);
    for (const row of inReadingOrder(matrix.rows)) {
      for (const role of ROLES) {
        const cell = row.cells[role];
        for (const assignment of cell.assignments) {
          const partyId = findCarrierParty(engagement, row, role, assignment);
          if (partyId === undefined) continue;
          const line = dutyLine(cell, row, role, assignment);
          const list = lines.get(partyId);
          if (list) list.push(line);
          else lines.set(partyId, [line]);
        }
      }
    }
    for (const [partyId, partyLines] of lines) {
      const roles = ROLES.filter((role) => partyLines.some((line) => line.role === role));
      const group: PartyDutyGroup = { engagement, index, roles, lines: partyLines };
      const groups = byParty.get(partyId);
      if (groups) groups.push(group);
      else byParty.set(partyId, [group]);
    }
  });
  return byParty;
}

/**
 * Lists every duty a party carries across the workspace (the list that party signs): per engagement
 * in workspace order, only engagements where it carries something; an empty list when it carries
 * nothing. A party may sit in several columns of one engagement, or in different roles elsewhere.
 */
export function listPartyDuties(workspace: Workspace, partyId: string): PartyDutyGroup[] {
  return listDutiesByParty(workspace).get(partyId) ?? [];
}

/** Counts a party's duties as owner and as supporter, and the engagements they fall in. */
export function countPartyDuties(groups: readonly PartyDutyGroup[]): PartyDutyCounts {
  const lines = groups.flatMap((group) => group.lines);
  return {
    owner: lines.filter((line) => line.assignment.duty === 'owner').length,
    supporter: lines.filter((line) => line.assignment.duty === 'supporter').length,
    engagements: groups.length,
  };
}
