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

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * `deriveMatrix`, remembered per engagement: in a workspace of many engagements, an edit to one
 * re-derives that one only. Same answer as `deriveMatrix`, and the same object while nothing changed.
 */
export function deriveMatrixMemo(engagement: Engagement, overrides: readonly Override[]): Matrix {
  const own = overrides.filter((override) => override.engagementId === engagement.id);
  const known = derived.get(engagement);
  if (known && sameItems(known.own, own)) return known.matrix;
  const matrix = deriveMatrix(engagement, own);
  derived.set(engagement, { own, matrix });
  return matrix;
}
