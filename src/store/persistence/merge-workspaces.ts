import type { Workspace } from '@/model/workspace';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';
import { jsonEqual, mergeJson } from './merge-json';

/** Two tabs' versions of a workspace merged, or null when they changed the same thing differently. */
export function mergeWorkspaces(
  base: Workspace,
  mine: Workspace,
  theirs: Workspace,
): Workspace | null {
  if (jsonEqual(base, mine)) return theirs;
  const merged = mergeJson(base, mine, theirs);
  if (!merged.ok) return null;
  if (jsonEqual(merged.value, theirs)) return theirs;
  if (jsonEqual(merged.value, mine)) return mine;
  // Each side was valid; their union may not be (a reference to a record the other side removed).
  const parsed = parseWorkspaceDocument(serialiseWorkspaceDocument(merged.value as Workspace));
  return parsed.ok ? parsed.value : null;
}

/**
 * The name after a merge: the one side's new name, or null when both renamed the workspace
 * differently since the base (a conflict like any other).
 */
export function mergeName(baseName: string, mine: string, theirs: string): string | null {
  if (mine === baseName || mine === theirs) return theirs;
  return theirs === baseName ? mine : null;
}
