import type { Matrix } from './assignment';
import { deriveMatrix } from './derive-matrix';
import type { Engagement, Override } from './workspace';

interface Derived {
  readonly own: readonly Override[];
  readonly matrix: Matrix;
}

// Keyed by the engagement object: an edit replaces only what it changes, so an untouched engagement
// keeps its object and, with the same overrides, its matrix. Entries go with their engagements.
const derived = new WeakMap<Engagement, Derived>();

// The overrides of each engagement, grouped once per overrides list: with hundreds of engagements,
// filtering the whole list for each of them made checking a workspace quadratic.
const grouped = new WeakMap<readonly Override[], ReadonlyMap<string, readonly Override[]>>();
const NONE: readonly Override[] = [];

function ownOverrides(overrides: readonly Override[], engagementId: string): readonly Override[] {
  let byEngagement = grouped.get(overrides);
  if (!byEngagement) {
    const map = new Map<string, Override[]>();
    for (const override of overrides) {
      const list = map.get(override.engagementId);
      if (list) list.push(override);
      else map.set(override.engagementId, [override]);
    }
    byEngagement = map;
    grouped.set(overrides, byEngagement);
  }
  return byEngagement.get(engagementId) ?? NONE;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * `deriveMatrix`, remembered per engagement: in a workspace of many engagements, an edit to one
 * re-derives that one only. Same answer as `deriveMatrix`, and the same object while nothing changed.
 */
export function deriveMatrixMemo(engagement: Engagement, overrides: readonly Override[]): Matrix {
  const own = ownOverrides(overrides, engagement.id);
  const known = derived.get(engagement);
  if (known && sameItems(known.own, own)) return known.matrix;
  const matrix = deriveMatrix(engagement, own);
  derived.set(engagement, { own, matrix });
  return matrix;
}
