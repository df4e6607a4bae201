import type { Assignment, MatrixRow } from '@/model/assignment';
import { isSameAssignments } from '@/model/assignments-equal';
import type { Role } from '@/model/roles';
import { describeValue } from '@/schema/describe-value';
import { LIMITS } from '@/schema/limits';
import type { ImportIssue } from '../import-issue';
import type { FrameIndex } from './frame-index';
import type { CsvAssignment, CsvRow } from './read-csv-row';
import { resolveCsvAssignments } from './resolve-csv-assignments';

/** What a cell becomes: its baseline (no override), or an override with assignments and reason. */
export type CellOutcome =
  | { readonly kind: 'baseline' }
  | {
      readonly kind: 'override';
      readonly assignments: readonly Assignment[];
      readonly reason: string;
    };

function visibleKey(duty: string, scope: string, via: string | undefined, party: string): string {
  return JSON.stringify([duty, scope, via ?? '', party]);
}

/** Whether rows show the same assignments as a cell, in any order, as far as the CSV shows them. */
function showsSame(
  rows: readonly CsvAssignment[],
  assignments: readonly Assignment[],
  frame: FrameIndex,
): boolean {
  if (rows.length !== assignments.length) return false;
  const shown = rows.map((a) => visibleKey(a.duty, a.scope, a.via, a.party)).sort();
  const held = assignments
    .map((a) => visibleKey(a.duty, a.scope, a.via, frame.partyName(a.partyId)))
    .sort();
  return shown.every((key, index) => key === held[index]);
}

/** Issues of a cell's rows taken together: an empty-cell row among others, too many rows, reasons that differ. */
function checkCellRows(rows: readonly CsvRow[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const [first] = rows;
  if (!first) return issues;
  // Past the cap of listed issues the rest of a huge cell is not looked at.
  const rest = rows.slice(1, LIMITS.issues + 2);
  if (rows.length > 1 && rows.some((row) => row.assignment === null)) {
    for (const row of rest) {
      issues.push({ code: 'conflicting-rows', line: row.lineOf('duty'), column: 'duty' });
    }
  }
  const extra = rows[LIMITS.assignmentsPerCell];
  if (extra) {
    issues.push({
      code: 'too-many',
      line: extra.lineOf('duty'),
      column: 'duty',
      expected: `<= ${LIMITS.assignmentsPerCell}`,
      received: String(rows.length),
    });
  }
  for (const row of rest) {
    if (row.reason === first.reason) continue;
    issues.push({
      code: 'inconsistent-reason',
      line: row.lineOf('reason'),
      column: 'reason',
      expected: describeValue(first.reason),
      received: describeValue(row.reason),
    });
  }
  return issues;
}

/**
 * Works out what one cell becomes from its CSV rows. A cell that shows what it holds now keeps its
 * exact assignments (services, parties, basis the CSV does not carry), and an override stays one;
 * a cell that shows its baseline is reset; any other cell is resolved as a user's edit. A reason
 * belongs to an override only: on a cell that ends up as its baseline it would be lost, so it is an issue.
 */
export function assembleCsvCell(
  row: MatrixRow,
  role: Role,
  rows: readonly CsvRow[],
  frame: FrameIndex,
): { outcome?: CellOutcome; issues: ImportIssue[] } {
  const issues = checkCellRows(rows);
  const [first] = rows;
  if (issues.length > 0 || !first) return { issues };
  const shown = rows.flatMap((r) => (r.assignment ? [r.assignment] : []));
  const cell = row.cells[role];
  const { reason } = first;
  const override = (assignments: readonly Assignment[]): CellOutcome => ({
    kind: 'override',
    assignments,
    reason,
  });
  const unchanged = showsSame(shown, cell.assignments, frame);
  // An override the file leaves as it was stays one, even one that now equals its baseline.
  if (unchanged && cell.overridden) return { outcome: override(cell.assignments), issues };
  const resolved = unchanged
    ? { assignments: cell.assignments, issues: [] }
    : showsSame(shown, cell.baseline, frame)
      ? { assignments: cell.baseline, issues: [] }
      : resolveCsvAssignments(row, role, rows, frame);
  if (resolved.issues.length > 0) return { issues: resolved.issues };
  if (!isSameAssignments(resolved.assignments, cell.baseline)) {
    return { outcome: override(resolved.assignments), issues };
  }
  if (reason === '') return { outcome: { kind: 'baseline' }, issues };
  return {
    issues: [
      {
        code: 'reason-without-override',
        line: first.lineOf('reason'),
        column: 'reason',
        received: describeValue(reason),
      },
    ],
  };
}
