import { DUTIES, type Duty, SCOPES, type Scope } from '@/model/assignment';
import { ROLES, type Role } from '@/model/roles';
import { ASSURANCE_SERVICE_TYPES, type AssuranceServiceType } from '@/model/service-types';
import type { CellRef, Engagement } from '@/model/workspace';
import { CSV_COLUMNS, type CsvColumn } from '@/schema/csv-format';
import { describeValue } from '@/schema/describe-value';
import { LIMITS } from '@/schema/limits';
import type { ImportIssue } from '../import-issue';
import type { FrameIndex } from './frame-index';
import type { CsvRecord } from './read-csv';
import { unescapeCsvCell } from './unescape-csv-cell';

/** What one CSV row says a cell holds: one assignment as the row shows it, with its party's name. */
export interface CsvAssignment {
  readonly duty: Duty;
  readonly scope: Scope;
  readonly via?: AssuranceServiceType;
  readonly party: string;
}

/** A CSV row read against the frame: its cell, the assignment it lists (null: an empty cell), the reason. */
export interface CsvRow {
  readonly line: number;
  readonly engagement: Engagement;
  readonly rowId: string;
  readonly role: Role;
  readonly assignment: CsvAssignment | null;
  readonly reason: string;
  /** The physical line of a cell of this row. */
  lineOf(column: CsvColumn): number;
}

const MAX_LISTED = 20;

/** A list of allowed values for `expected`, cut short so a long list does not flood the issue. */
export function listExpected(values: readonly string[]): string {
  const listed = values.slice(0, MAX_LISTED).map(describeValue).join(' | ');
  return values.length > MAX_LISTED ? `${listed} | …` : listed;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/**
 * Reads one record under a correct header. Every column is checked on its own, so a row lists all
 * its issues; the cell it addresses is returned when that is known, the row only when it has no
 * issue. Label columns (engagement, layer, role, basis, overridden) are written for people, in
 * any language, and ignored here.
 */
export function readCsvRow(
  record: CsvRecord,
  frame: FrameIndex,
): { row?: CsvRow; ref?: CellRef; issues: ImportIssue[] } {
  const index = (column: CsvColumn) => CSV_COLUMNS.indexOf(column);
  const lineOf = (column: CsvColumn) => record.cellLines[index(column)] ?? record.line;
  const get = (column: CsvColumn) => unescapeCsvCell(record.cells[index(column)] ?? '');
  const issues: ImportIssue[] = [];
  const report = (column: CsvColumn, issue: Omit<ImportIssue, 'line' | 'column'>) =>
    issues.push({ ...issue, line: lineOf(column), column });
  const invalid = (column: CsvColumn, values: readonly string[]) =>
    report(column, {
      code: 'invalid-value',
      expected: values.join(' | '),
      received: describeValue(get(column)),
    });

  const engagementId = get('engagement_id');
  const engagement = frame.engagement(engagementId);
  if (!engagement) {
    report('engagement_id', {
      code: 'unknown-engagement',
      expected: listExpected(frame.engagementIds),
      received: describeValue(engagementId),
    });
  }
  const rowId = get('layer_id');
  if (engagement && !frame.row(engagement, rowId)) {
    report('layer_id', {
      code: 'unknown-row',
      expected: listExpected(frame.matrix(engagement).rows.map((row) => row.id)),
      received: describeValue(rowId),
    });
  }
  const role = get('role_id');
  if (!isOneOf(ROLES, role)) invalid('role_id', ROLES);
  const [duty, scope, via, party] = [get('duty'), get('scope'), get('via'), get('party')];
  if (duty !== '' && !isOneOf(DUTIES, duty)) invalid('duty', DUTIES);
  if (scope !== '' && !isOneOf(SCOPES, scope)) invalid('scope', SCOPES);
  if (via !== '' && !isOneOf(ASSURANCE_SERVICE_TYPES, via)) invalid('via', ASSURANCE_SERVICE_TYPES);
  // An empty cell is a row with no duty, scope, via or party; a duty needs a scope.
  if (duty === '' && (scope !== '' || via !== '' || party !== '')) {
    report('duty', { code: 'missing', expected: DUTIES.join(' | ') });
  }
  if (duty !== '' && scope === '')
    report('scope', { code: 'missing', expected: SCOPES.join(' | ') });
  const reason = get('reason');
  if (reason.length > LIMITS.textLength) {
    report('reason', {
      code: 'too-long',
      expected: `<= ${LIMITS.textLength}`,
      received: String(reason.length),
    });
  }
  if (!engagement || !frame.row(engagement, rowId) || !isOneOf(ROLES, role)) return { issues };
  // The cell is known even when other columns are wrong, so it is not also reported missing.
  const ref: CellRef = { engagementId, rowId, role };
  if (issues.length > 0) return { ref, issues };
  // With no issues, a duty that is not one of DUTIES is '' (an empty cell).
  const assignment: CsvAssignment | null =
    isOneOf(DUTIES, duty) && isOneOf(SCOPES, scope)
      ? { duty, scope, ...(isOneOf(ASSURANCE_SERVICE_TYPES, via) ? { via } : {}), party }
      : null;
  return {
    row: { line: record.line, engagement, rowId, role, assignment, reason, lineOf },
    ref,
    issues,
  };
}
