import { keepSecurityCoverage } from './keep-security-coverage';
import { isLooseRecord } from './loose-records';
import type { SchemaIssue } from './schema-issues';
import { separateRepeatedServices } from './separate-repeated-services';

/**
 * One step that turns the workspace of a document saved at schema version `from` into the workspace
 * of version `from + 1`. It gets unvalidated data (a private copy it may change) and may throw on
 * data it cannot read; the result is validated against the current schema afterwards.
 */
export interface Migration {
  readonly from: number;
  readonly migrate: (workspace: unknown) => unknown;
}

/**
 * Version 2 added departments and their RACI (domain §6), of which a version 1 workspace has none,
 * and made one security service id shared by several engagements mean one service.
 */
const toVersionTwo: Migration = {
  from: 1,
  migrate: (workspace) => {
    // Anything but an object is left for the schema to report against the current version.
    if (!isLooseRecord(workspace)) return workspace;
    const next: Record<string, unknown> = { ...workspace, departments: [], raci: [] };
    separateRepeatedServices(next);
    return next;
  },
};

/**
 * Version 3 added the joint response of each engagement (domain §5), of which a version 2 workspace
 * has none, and widened the security service's default coverage: a version 2 default keeps the
 * layers it covered.
 */
const toVersionThree: Migration = {
  from: 2,
  migrate: (workspace) => {
    if (!isLooseRecord(workspace)) return workspace;
    const next: Record<string, unknown> = { ...workspace, jointResponses: [] };
    keepSecurityCoverage(next);
    return next;
  },
};

/**
 * Version 4 added the agreement between the parties (domain §11): a version 3 workspace has not
 * been proposed, commented on or signed.
 */
const toVersionFour: Migration = {
  from: 3,
  migrate: (workspace) => {
    if (!isLooseRecord(workspace)) return workspace;
    return { ...workspace, agreement: { events: [], comments: [], signatures: [], common: null } };
  },
};

/** The migrations of saved workspaces, one step per version. */
export const MIGRATIONS: readonly Migration[] = [toVersionTwo, toVersionThree, toVersionFour];

/** A migrated workspace, or why it could not be migrated. */
export type MigrationResult =
  | { readonly ok: true; readonly workspace: unknown }
  | { readonly ok: false; readonly issue: SchemaIssue };

/**
 * Applies the migrations from version `from` up to version `to`, in order. A missing step means the
 * version is too old (or never existed); a step that throws is reported, not passed on.
 */
export function migrateWorkspace(
  workspace: unknown,
  from: number,
  to: number,
  migrations: readonly Migration[],
): MigrationResult {
  let current = from === to ? workspace : structuredClone(workspace);
  for (let version = from; version < to; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) {
      return {
        ok: false,
        issue: {
          path: 'schemaVersion',
          code: 'unsupported-version',
          expected: String(to),
          received: String(from),
        },
      };
    }
    try {
      current = step.migrate(current);
    } catch {
      return {
        ok: false,
        issue: {
          path: 'workspace',
          code: 'migration-failed',
          expected: String(version + 1),
          received: String(version),
        },
      };
    }
  }
  return { ok: true, workspace: current };
}
