import { LIMITS } from './limits';
import { isLooseRecord } from './loose-records';
import type { SchemaIssue } from './schema-issues';
import { WORKSPACE_LISTS } from './workspace-schema';
import { toSchemaIssues } from './zod-issues';

/**
 * Validates the items of the workspace's lists one at a time and stops once more than `budget`
 * issues are found. zod collects every issue of a parse in memory, so a file of 100,000 broken
 * overrides would otherwise build millions of issues before any could be dropped; one item at a
 * time keeps that bounded. Lists that are not arrays or are over their cap are left to the full parse.
 */
export function prevalidateLists(
  workspace: unknown,
  budget: number = LIMITS.issues,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (!isLooseRecord(workspace)) return issues;
  for (const [key, { item, max }] of Object.entries(WORKSPACE_LISTS)) {
    const list = workspace[key];
    if (!Array.isArray(list) || list.length > max) continue;
    for (let index = 0; index < list.length; index += 1) {
      const result = item.safeParse(list[index], { reportInput: true });
      if (result.success) continue;
      issues.push(...toSchemaIssues(result.error.issues, ['workspace', key, index]));
      if (issues.length > budget) return issues;
    }
  }
  return issues;
}
