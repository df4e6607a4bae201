import { LIMITS } from '@/schema/limits';
import { SCHEMA_ISSUE_CODES, type SchemaIssue } from '@/schema/schema-issues';

/** Codes of what can be wrong with a CSV or JSON file, on top of the schema's own codes. */
export const FILE_ISSUE_CODES = [
  // Any file
  'too-large',
  'not-utf8',
  // JSON
  'json-syntax',
  // CSV syntax and header
  'unterminated-quote',
  'unexpected-quote',
  'empty-file',
  'missing-column',
  'unknown-column',
  'duplicate-column',
  'misordered-column',
  'wrong-cell-count',
  // CSV content
  'unknown-engagement',
  'unknown-row',
  'conflicting-rows',
  'inconsistent-reason',
  'party-mismatch',
  'missing-cell',
  'reason-without-override',
  // OSCAL
  'oscal-not-ssp',
  'oscal-not-ours',
] as const;

/** Every code an import issue can carry: the file codes and the schema codes. */
export const IMPORT_ISSUE_CODES = [...SCHEMA_ISSUE_CODES, ...FILE_ISSUE_CODES] as const;

/** What is wrong at one place of an imported file. The UI turns a code into text. */
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/**
 * One problem of an imported file and where it is: `line` is 1-based (a CSV header is line 1);
 * `column` is a CSV column name; `character` is the 1-based position on the line (JSON syntax);
 * `path` is a schema path such as `workspace.engagements[2].mode`. `expected` and `received` are
 * values or value lists, never sentences.
 */
export interface ImportIssue {
  readonly code: ImportIssueCode;
  readonly line?: number;
  readonly column?: string;
  readonly character?: number;
  readonly path?: string;
  readonly expected?: string;
  readonly received?: string;
}

/** What an import gives: the value, or every issue found (capped) and nothing else. */
export type ImportResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/** A failed import listing at most `LIMITS.issues` issues, the last one saying when more were cut. */
export function failImport<T>(issues: readonly ImportIssue[]): ImportResult<T> {
  if (issues.length <= LIMITS.issues) return { ok: false, issues: [...issues] };
  const stop: ImportIssue = { code: 'too-many-issues', expected: `<= ${LIMITS.issues}` };
  return { ok: false, issues: [...issues.slice(0, LIMITS.issues - 1), stop] };
}

/** Schema issues as import issues: the path is kept, an empty (root) path is left out. */
export function fromSchemaIssues(issues: readonly SchemaIssue[]): ImportIssue[] {
  return issues.map(({ path, ...rest }) => (path === '' ? rest : { ...rest, path }));
}

/** An import that failed on input nothing else caught (never expected; importers do not throw). */
export const UNREADABLE: readonly ImportIssue[] = [{ code: 'unreadable' }];
