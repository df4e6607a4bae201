import type { Workspace } from '@/model/workspace';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { failImport, fromSchemaIssues, type ImportResult, UNREADABLE } from '../import-issue';
import { parseJsonText } from './parse-json-text';

function importJson(text: string): ImportResult<Workspace> {
  const document = parseJsonText(text);
  if (!document.ok) return document;
  const parsed = parseWorkspaceDocument(document.value);
  return parsed.ok ? parsed : failImport(fromSchemaIssues(parsed.issues));
}

/**
 * Imports a workspace file in its versioned envelope: size cap first, then JSON syntax (with line
 * and character), then every schema issue with its path; older versions are migrated. All or
 * nothing; never throws.
 */
export function importWorkspaceJson(text: string): ImportResult<Workspace> {
  try {
    return importJson(text);
  } catch {
    return failImport(UNREADABLE);
  }
}
