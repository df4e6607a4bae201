import type { Finding } from './findings';
import { PRINCIPLES, type Principle } from './principles';

/** Passed (no finding), warned (warnings only) or failed (at least one error). */
export type GroupStatus = 'passed' | 'warned' | 'failed';

/** The findings of one principle, errors first, with its counts and overall state. */
export interface PrincipleGroup {
  readonly principle: Principle;
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  readonly status: GroupStatus;
}

/** Totals over all groups, for the summary line. */
export interface ChecksSummary {
  readonly errors: number;
  readonly warnings: number;
  /** How many principles have at least one finding. */
  readonly principlesWithFindings: number;
}

function statusOf(errors: number, warnings: number): GroupStatus {
  if (errors > 0) return 'failed';
  return warnings > 0 ? 'warned' : 'passed';
}

/**
 * Sorts findings into the four principles in their canonical order; within a principle errors come
 * before warnings and otherwise the model's order (layer by layer) is kept, as Array.sort is stable.
 */
export function groupFindings(findings: readonly Finding[]): PrincipleGroup[] {
  return PRINCIPLES.map((principle) => {
    const own = findings
      .filter((f) => f.principle === principle)
      .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
    const errors = own.filter((f) => f.severity === 'error').length;
    const warnings = own.length - errors;
    return { principle, findings: own, errors, warnings, status: statusOf(errors, warnings) };
  });
}

/** Adds up the groups for the summary line. */
export function summariseGroups(groups: readonly PrincipleGroup[]): ChecksSummary {
  return {
    errors: groups.reduce((sum, g) => sum + g.errors, 0),
    warnings: groups.reduce((sum, g) => sum + g.warnings, 0),
    principlesWithFindings: groups.filter((g) => g.status !== 'passed').length,
  };
}
