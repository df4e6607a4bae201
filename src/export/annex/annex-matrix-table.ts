import { type Assignment, type Cell, isDerivedBasis, type Matrix } from '@/model/assignment';
import { inReadingOrder } from '@/model/reading-order';
import { ROLES, type Role } from '@/model/roles';
import type { Engagement, Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';
import type { AnnexCell } from './annex-model';
import { assignmentWords, DERIVED_MARK, OVERRIDE_MARK, partyName, rowName } from './annex-names';
import { PAGE_LINES, type SizedBlock } from './annex-size';

/** The parties that carry something in a role's column, or the engagement's party for that role. */
export function findColumnParties(matrix: Matrix, engagement: Engagement, role: Role): string[] {
  const ids = new Set<string>();
  for (const row of matrix.rows) {
    for (const assignment of row.cells[role].assignments) {
      if (assignment.partyId !== undefined) ids.add(assignment.partyId);
    }
  }
  const fallback = { customer: engagement.customerPartyId, provider: engagement.providerPartyId };
  const own = role === 'securityVendor' ? null : fallback[role];
  if (ids.size === 0 && own) ids.add(own);
  return [...ids];
}

function lineOf(assignment: Assignment, context: CellContext): string {
  const words = assignmentWords(assignment, context.labels);
  const party = context.showParty
    ? context.labels.document.aside(
        partyName(context.workspace, assignment.partyId, context.labels),
      )
    : '';
  const derived = isDerivedBasis(assignment.basis) ? ` ${DERIVED_MARK}` : '';
  return `${words}${party}${derived}`;
}

interface CellContext {
  readonly workspace: Workspace;
  readonly labels: AnnexLabels;
  readonly showParty: boolean;
}

/** One cell in words; a changed cell carries the override mark, a cell with an owner the owner tint. */
export function matrixCell(cell: Cell, context: CellContext): AnnexCell {
  const lines = cell.assignments.map((assignment) => lineOf(assignment, context));
  const text = lines.length > 0 ? lines.join('\n') : context.labels.matrix.empty;
  const owned = cell.assignments.some((assignment) => assignment.duty === 'owner');
  return {
    text: cell.overridden ? `${text} ${OVERRIDE_MARK}` : text,
    ...(owned ? { tint: 'owner' as const } : {}),
  };
}

/**
 * The engagement's matrix as a table: a row per layer and per assurance service, a column per role
 * headed by the parties in it. A party is named in a cell only when its column has several.
 */
export function buildMatrixTable(
  workspace: Workspace,
  engagement: Engagement,
  matrix: Matrix,
  labels: AnnexLabels,
): SizedBlock {
  const parties = Object.fromEntries(
    ROLES.map((role) => [role, findColumnParties(matrix, engagement, role)]),
  ) as Record<Role, string[]>;
  const header: AnnexCell[] = [
    { text: labels.matrix.layerColumn },
    ...ROLES.map((role) => ({
      text: labels.role(role),
      hints: parties[role].map((id) => partyName(workspace, id, labels)),
    })),
  ];
  const body: AnnexCell[][] = inReadingOrder(matrix.rows).map((row) => [
    {
      text: rowName(row, engagement, labels),
      hints: row.position ? [labels.position(row.position)] : [],
    },
    ...ROLES.map((role) =>
      matrixCell(row.cells[role], { workspace, labels, showParty: parties[role].length > 1 }),
    ),
  ]);
  // Each assignment is a line that may wrap once; the header takes about three.
  const rowLines = matrix.rows.map(
    (row) => 1 + 2 * Math.max(1, ...ROLES.map((role) => row.cells[role].assignments.length)),
  );
  const lines = rowLines.reduce((sum, n) => sum + n, 3);
  return {
    lines,
    block: {
      kind: 'table',
      table: 'matrix',
      header,
      rows: body,
      rowHeaders: true,
      rowsWhole: lines <= PAGE_LINES,
    },
  };
}
