import type { Workspace } from '@/model/workspace';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { failImport, fromSchemaIssues, type ImportResult, UNREADABLE } from '../import-issue';
import { type ImportProgress, PARSED, parseJsonText } from './parse-json-text';

function importJson(text: string, onProgress?: ImportProgress): ImportResult<Workspace> {
  const document = parseJsonText(text);
  if (!document.ok) return document;
  onProgress?.(PARSED);
  const parsed = parseWorkspaceDocument(document.value);
  return parsed.ok ? parsed : failImport(fromSchemaIssues(parsed.issues));
}

/**
 * Imports a workspace file in its versioned envelope: size cap first, then JSON syntax (with line
 * and character), then every schema issue with its path; older versions are migrated. All or
 * nothing; never throws. `onProgress` hears when the syntax is read and the checks begin.
 */
export function importWorkspaceJson(
  text: string,
  onProgress?: ImportProgress,
): ImportResult<Workspace> {
  try {
    return importJson(text, onProgress);
  } catch {
    return failImport(UNREADABLE);
  }
}
