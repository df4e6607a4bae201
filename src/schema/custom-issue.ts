import type { z } from 'zod';
import type { SchemaIssueCode } from './schema-issues';

/** What our own checks inside zod schemas report; `toSchemaIssues` reads it back from `params`. */
export interface CustomIssueDetail {
  readonly code: SchemaIssueCode;
  readonly expected?: string;
  readonly received?: string;
}

/**
 * Adds an issue with one of our codes to a zod refinement context. The code travels in `params`
 * because zod's own `custom` code says nothing about what went wrong.
 */
export function addCustomIssue(
  ctx: z.core.$RefinementCtx<unknown>,
  path: readonly PropertyKey[],
  detail: CustomIssueDetail,
): void {
  ctx.addIssue({ code: 'custom', path: [...path], params: { ...detail }, message: detail.code });
}
