import type { Workspace } from '@/model/workspace';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { failImport, fromSchemaIssues, type ImportResult, UNREADABLE } from '../import-issue';
import { checkTextSize, stripByteOrderMark } from '../import-limits';
import { locateJsonError } from './locate-json-error';

function importJson(text: string): ImportResult<Workspace> {
  const tooLarge = checkTextSize(text);
  if (tooLarge) return failImport([tooLarge]);
  const json = stripByteOrderMark(text);
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    return failImport([{ code: 'json-syntax', ...locateJsonError(json, message) }]);
  }
  const parsed = parseWorkspaceDocument(document);
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
