import { CSV_COLUMNS, CSV_CROSSWALK_COLUMNS } from '@/schema/csv-format';
import { describeValue } from '@/schema/describe-value';
import { LIMITS } from '@/schema/limits';
import type { ImportIssue } from '../import-issue';

/**
 * Checks the header row against our columns: each missing, unknown or repeated column is an issue;
 * when the names are right but their order is not, each misplaced column is one. Rows are only
 * read under a correct header, since a column's meaning comes from its place.
 */
export function checkCsvHeader(header: readonly string[], line: number): ImportIssue[] {
  // The crosswalk columns are derived and optional: files written before they existed still import.
  const withCrosswalk = CSV_CROSSWALK_COLUMNS.some((name) => header.includes(name));
  const expected: readonly string[] = withCrosswalk
    ? [...CSV_COLUMNS, ...CSV_CROSSWALK_COLUMNS]
    : CSV_COLUMNS;
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    // A header of a million odd names must not become a million issues.
    if (issues.length > LIMITS.issues) break;
    const column = describeValue(name);
    if (seen.has(name)) issues.push({ code: 'duplicate-column', line, column });
    else if (!expected.includes(name)) issues.push({ code: 'unknown-column', line, column });
    seen.add(name);
  }
  for (const name of expected) {
    if (!seen.has(name)) issues.push({ code: 'missing-column', line, column: name });
  }
  if (issues.length > 0) return issues;
  return header.flatMap((name, index) => {
    const wanted = expected[index] as string;
    return name === wanted
      ? []
      : [{ code: 'misordered-column', line, column: name, expected: wanted }];
  });
}
