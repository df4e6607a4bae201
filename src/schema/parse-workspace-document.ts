import type { Workspace } from '@/model/workspace';
import { CURRENT_SCHEMA_VERSION, workspaceDocumentSchema } from './envelope';
import { readEnvelopeHeader } from './envelope-header';
import { findForbiddenKeys } from './forbidden-keys';
import { LIMITS } from './limits';
import type { LooseRecord } from './loose-records';
import { MIGRATIONS, type Migration, type MigrationResult, migrateWorkspace } from './migrations';
import { prevalidateLists } from './prevalidate-lists';
import type { SchemaIssue } from './schema-issues';
import { toSchemaIssues } from './zod-issues';

/** A workspace read from a document, or every issue found in it. */
export type ParseWorkspaceResult =
  | { readonly ok: true; readonly value: Workspace }
  | { readonly ok: false; readonly issues: SchemaIssue[] };

/**
 * What a parse migrates with. The app uses the defaults; tests inject a fake table and call today's
 * schema version `currentVersion`, since documents are always validated against today's schema.
 */
export interface ParseWorkspaceOptions {
  readonly migrations?: readonly Migration[];
  readonly currentVersion?: number;
}

function fail(issues: readonly SchemaIssue[]): ParseWorkspaceResult {
  if (issues.length <= LIMITS.issues) return { ok: false, issues: [...issues] };
  const stop: SchemaIssue = { path: '', code: 'too-many-issues', expected: `<= ${LIMITS.issues}` };
  return { ok: false, issues: [...issues.slice(0, LIMITS.issues - 1), stop] };
}

/** Migrates the workspace of an envelope whose header was read, or says why it cannot be. */
function migrate(
  envelope: LooseRecord,
  from: number,
  to: number,
  migrations: readonly Migration[],
): MigrationResult {
  // A missing workspace is left for the schema to report.
  if (envelope.workspace === undefined) return { ok: true, workspace: undefined };
  return migrateWorkspace(envelope.workspace, from, to, migrations);
}

function parse(input: unknown, options: ParseWorkspaceOptions): ParseWorkspaceResult {
  const { currentVersion = CURRENT_SCHEMA_VERSION, migrations = MIGRATIONS } = options;
  const forbidden = findForbiddenKeys(input);
  const header = readEnvelopeHeader(input, currentVersion);
  if (!header.ok) return fail([...header.issues, ...forbidden]);
  const { envelope, version } = header;
  // Migrations are code written for well-formed old documents; they never see forbidden keys.
  if (forbidden.length > 0 && version !== currentVersion) return fail(forbidden);
  const migrated = migrate(envelope, version, currentVersion, migrations);
  if (!migrated.ok) return fail([...forbidden, migrated.issue]);
  const flood = prevalidateLists(migrated.workspace, LIMITS.issues - forbidden.length);
  if (forbidden.length + flood.length > LIMITS.issues) return fail([...forbidden, ...flood]);
  // The header is checked, so the version is set to the one the schema knows; unknown keys stay in.
  const document = {
    ...envelope,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    workspace: migrated.workspace,
  };
  const result = workspaceDocumentSchema.safeParse(document, { reportInput: true });
  const issues = [...forbidden, ...(result.success ? [] : toSchemaIssues(result.error.issues))];
  if (!result.success || issues.length > 0) return fail(issues);
  return { ok: true, value: result.data.workspace };
}

/**
 * Reads a saved workspace document (already JSON-parsed): checks format and version, migrates an
 * older version, and validates the whole document, listing every issue. Never throws.
 */
export function parseWorkspaceDocument(
  input: unknown,
  options: ParseWorkspaceOptions = {},
): ParseWorkspaceResult {
  try {
    return parse(input, options);
  } catch {
    // Only input that is not plain data gets here (a throwing getter or proxy, a value that cannot
    // be copied); it is refused like any other bad document.
    return { ok: false, issues: [{ path: '', code: 'unreadable' }] };
  }
}
