/**
 * Codes of everything that can be wrong with a saved workspace document. The UI turns a code into
 * text, so an issue carries no sentence.
 */
export const SCHEMA_ISSUE_CODES = [
  'wrong-type',
  'missing',
  'unknown-key',
  'invalid-value',
  'empty',
  'too-long',
  'too-many',
  'duplicate-value',
  'forbidden-key',
  'duplicate-id',
  'unknown-reference',
  'invalid-date',
  'wrong-format',
  'newer-version',
  'unsupported-version',
  'migration-failed',
  'too-many-issues',
  'unreadable',
] as const;

/** What is wrong at one place of a document. */
export type SchemaIssueCode = (typeof SCHEMA_ISSUE_CODES)[number];

/**
 * One problem of a document. `path` is the readable path from the document root, such as
 * `workspace.engagements[2].overrides[0].role` (see `formatIssuePath`); the root itself is ''.
 * `expected` and `received` are values or value lists (`iaas | paas | saas`, `<= 200`), never sentences.
 */
export interface SchemaIssue {
  readonly path: string;
  readonly code: SchemaIssueCode;
  readonly expected?: string;
  readonly received?: string;
}

/** Whether a string is one of the schema issue codes. */
export function isSchemaIssueCode(value: unknown): value is SchemaIssueCode {
  return (SCHEMA_ISSUE_CODES as readonly unknown[]).includes(value);
}
