import type { Workspace } from '@/model/workspace';
import type { WorkspaceDocument } from '@/schema/envelope';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import type { SchemaIssue } from '@/schema/schema-issues';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';

/** A workspace as kept in the browser: its document plus the bookkeeping of the list of workspaces. */
export interface SavedWorkspaceRecord {
  readonly id: string;
  readonly name: string;
  /** Goes up by one with every write; a write that expected another revision is a conflict. */
  readonly revision: number;
  readonly updatedAt: string;
  /** Opened from a share link rather than made here. */
  readonly shared: boolean;
  /** Set on work a closed tab left unsaved that another tab had overtaken: the id it came from. */
  readonly recoveredFrom?: string;
  readonly document: unknown;
}

/** What a list of workspaces shows without opening them. */
export type RecordSummary = Pick<
  SavedWorkspaceRecord,
  'id' | 'name' | 'revision' | 'updatedAt' | 'shared' | 'recoveredFrom'
>;

/** A record read back: the workspace, or why it cannot be used (newer app, or damaged). */
export type ReadRecordResult =
  | { readonly kind: 'ok'; readonly record: SavedWorkspaceRecord; readonly workspace: Workspace }
  | { readonly kind: 'newer'; readonly record: SavedWorkspaceRecord; readonly version: number }
  | { readonly kind: 'corrupt'; readonly raw: unknown; readonly issues: readonly SchemaIssue[] };

function isRecordShape(value: unknown): value is SavedWorkspaceRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.name === 'string' &&
    Number.isSafeInteger(r.revision) &&
    typeof r.updatedAt === 'string' &&
    typeof r.shared === 'boolean' &&
    'document' in r
  );
}

/** The stored value as a record, when it has a record's shape (its document is not checked). */
export function asRecord(value: unknown): SavedWorkspaceRecord | null {
  return isRecordShape(value) ? value : null;
}

/** Makes the record of a workspace at a revision. */
export function makeRecord(
  meta: Omit<SavedWorkspaceRecord, 'document' | 'updatedAt'>,
  workspace: Workspace,
  now: Date,
): SavedWorkspaceRecord & { document: WorkspaceDocument } {
  return { ...meta, updatedAt: now.toISOString(), document: serialiseWorkspaceDocument(workspace) };
}

/** The summary of a stored value, or null when it is not a record at all. */
export function summariseRecord(value: unknown): RecordSummary | null {
  if (!isRecordShape(value)) return null;
  const { id, name, revision, updatedAt, shared, recoveredFrom } = value;
  return {
    id,
    name,
    revision,
    updatedAt,
    shared,
    ...(typeof recoveredFrom === 'string' ? { recoveredFrom } : {}),
  };
}

/** Reads a stored value: migrates older documents, refuses newer ones, and reports damage. */
export function readRecord(value: unknown): ReadRecordResult {
  if (!isRecordShape(value)) {
    return {
      kind: 'corrupt',
      raw: value,
      issues: [{ path: '', code: 'wrong-type', expected: 'saved workspace' }],
    };
  }
  const parsed = parseWorkspaceDocument(value.document);
  if (parsed.ok) return { kind: 'ok', record: value, workspace: parsed.value };
  const newer = parsed.issues.find((issue) => issue.code === 'newer-version');
  if (newer) return { kind: 'newer', record: value, version: Number(newer.received) || 0 };
  return { kind: 'corrupt', raw: value, issues: parsed.issues };
}
