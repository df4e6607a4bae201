import { describeType, describeValue } from './describe-value';
import { WORKSPACE_DOCUMENT_FORMAT } from './envelope';
import { isLooseRecord, type LooseRecord } from './loose-records';
import type { SchemaIssue } from './schema-issues';

/** The envelope of a document that says it is a workspace of a version this app can read. */
export type EnvelopeHeader =
  | { readonly ok: true; readonly envelope: LooseRecord; readonly version: number }
  | { readonly ok: false; readonly issues: readonly SchemaIssue[] };

function checkVersion(value: unknown, currentVersion: number): SchemaIssue | undefined {
  const path = 'schemaVersion';
  const expected = String(currentVersion);
  if (value === undefined) return { path, code: 'missing', expected };
  if (typeof value !== 'number') {
    return { path, code: 'wrong-type', expected: 'number', received: describeType(value) };
  }
  if (!Number.isSafeInteger(value) || value < 1) {
    return { path, code: 'invalid-value', expected, received: describeValue(value) };
  }
  if (value > currentVersion) {
    return { path, code: 'newer-version', expected, received: String(value) };
  }
  return undefined;
}

/**
 * Reads format and schema version before anything else, because the rest of a document can only be
 * judged against the schema of its version. A newer version is refused, never guessed at.
 */
export function readEnvelopeHeader(input: unknown, currentVersion: number): EnvelopeHeader {
  if (!isLooseRecord(input)) {
    return {
      ok: false,
      issues: [{ path: '', code: 'wrong-type', expected: 'object', received: describeType(input) }],
    };
  }
  const issues: SchemaIssue[] = [];
  const format = input.format;
  if (format !== WORKSPACE_DOCUMENT_FORMAT) {
    issues.push({
      path: 'format',
      code: 'wrong-format',
      expected: WORKSPACE_DOCUMENT_FORMAT,
      ...(format === undefined ? {} : { received: describeValue(format) }),
    });
  }
  const versionIssue = checkVersion(input.schemaVersion, currentVersion);
  if (versionIssue) issues.push(versionIssue);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, envelope: input, version: input.schemaVersion as number };
}
