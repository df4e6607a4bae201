import type { Workspace } from '@/model/workspace';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, type BackupEntry } from '@/schema/backup-format';
import { findForbiddenKeys } from '@/schema/forbidden-keys';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import {
  failImport,
  fromSchemaIssues,
  type ImportIssue,
  type ImportResult,
  UNREADABLE,
} from '../import-issue';
import { type ImportProgress, PARSED, parseJsonText } from '../json/parse-json-text';

const NAME_LIMIT = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one entry of the backup and its workspace document, with paths such as `workspaces[2].document…`. */
function readEntry(
  entry: unknown,
  index: number,
): { issues: ImportIssue[]; value?: BackupEntry<Workspace> } {
  const at = `workspaces[${index}]`;
  if (!isRecord(entry)) return { issues: [{ code: 'wrong-type', path: at, expected: 'object' }] };
  const issues: ImportIssue[] = [];
  for (const key of Object.keys(entry)) {
    if (!['name', 'shared', 'document'].includes(key))
      issues.push({ code: 'unknown-key', path: `${at}.${key}` });
  }
  const { name, shared } = entry;
  if (typeof name !== 'string')
    issues.push({ code: 'wrong-type', path: `${at}.name`, expected: 'string' });
  else if (name.length > NAME_LIMIT)
    issues.push({ code: 'too-long', path: `${at}.name`, expected: `<= ${NAME_LIMIT}` });
  if (typeof shared !== 'boolean')
    issues.push({ code: 'wrong-type', path: `${at}.shared`, expected: 'boolean' });
  const parsed = parseWorkspaceDocument(entry.document);
  if (!parsed.ok) {
    for (const issue of fromSchemaIssues(parsed.issues)) {
      issues.push({
        ...issue,
        path: issue.path ? `${at}.document.${issue.path}` : `${at}.document`,
      });
    }
  }
  if (issues.length > 0 || !parsed.ok) return { issues };
  return {
    issues,
    value: { name: name as string, shared: shared as boolean, document: parsed.value },
  };
}

function importBackupText(
  text: string,
  onProgress?: ImportProgress,
): ImportResult<BackupEntry<Workspace>[]> {
  const document = parseJsonText(text);
  if (!document.ok) return document;
  onProgress?.(PARSED);
  const backup = document.value;
  if (!isRecord(backup) || backup.format !== BACKUP_FORMAT) {
    return failImport([{ code: 'wrong-format', path: 'format', expected: BACKUP_FORMAT }]);
  }
  if (typeof backup.schemaVersion !== 'number' || backup.schemaVersion > BACKUP_SCHEMA_VERSION) {
    const code = typeof backup.schemaVersion === 'number' ? 'newer-version' : 'wrong-type';
    return failImport([{ code, path: 'schemaVersion', expected: String(BACKUP_SCHEMA_VERSION) }]);
  }
  const forbidden: ImportIssue[] = findForbiddenKeys(backup).map((issue) => ({
    code: issue.code,
    path: issue.path,
  }));
  for (const key of Object.keys(backup)) {
    if (!['format', 'schemaVersion', 'exportedAt', 'workspaces'].includes(key)) {
      forbidden.push({ code: 'unknown-key', path: key });
    }
  }
  if (!Array.isArray(backup.workspaces)) {
    return failImport([
      ...forbidden,
      { code: 'wrong-type', path: 'workspaces', expected: 'array' },
    ]);
  }
  const count = backup.workspaces.length;
  const entries = backup.workspaces.map((entry: unknown, index: number) => {
    onProgress?.(PARSED + ((1 - PARSED) * index) / count);
    return readEntry(entry, index);
  });
  const issues = [...forbidden, ...entries.flatMap((e) => e.issues)];
  if (issues.length > 0) return failImport(issues);
  return { ok: true, value: entries.flatMap((e) => (e.value ? [e.value] : [])) };
}

/**
 * Reads a backup of all workspaces: every workspace is validated (and migrated) like a single file,
 * and the backup is taken whole or not at all; `onProgress` hears each workspace. Never throws.
 */
export function importBackup(
  text: string,
  onProgress?: ImportProgress,
): ImportResult<BackupEntry<Workspace>[]> {
  try {
    return importBackupText(text, onProgress);
  } catch {
    return failImport(UNREADABLE);
  }
}
