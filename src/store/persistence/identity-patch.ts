/*
 * A change between two versions of an immutable value, found by identity: the parts an edit did not
 * touch are the same objects in both (the workspace store never changes a value in place), so only
 * the replaced parts are described. The autosave sends such a patch to its worker instead of the
 * whole workspace, and the worker, holding the previous version, rebuilds the new one.
 */

/** How the new value differs from the old: the same, a new value, or changed keys or items. */
export type IdentityPatch =
  | { readonly kind: 'same' }
  | { readonly kind: 'value'; readonly value: unknown }
  | {
      readonly kind: 'object';
      readonly changed: readonly (readonly [string, IdentityPatch])[];
      readonly removed: readonly string[];
    }
  | {
      readonly kind: 'array';
      readonly length: number;
      readonly changed: readonly (readonly [number, IdentityPatch])[];
    };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The patch from `previous` to `next`, looking `depth` levels into objects and arrays (below that, a
 * changed part is sent whole). Applying it to `previous` gives a value equal to `next`.
 */
export function diffByIdentity(previous: unknown, next: unknown, depth: number): IdentityPatch {
  if (previous === next) return { kind: 'same' };
  if (depth > 0 && Array.isArray(previous) && Array.isArray(next)) {
    const changed: (readonly [number, IdentityPatch])[] = [];
    for (let index = 0; index < next.length; index++) {
      const patch = diffByIdentity(previous[index], next[index], depth - 1);
      if (patch.kind !== 'same') changed.push([index, patch]);
    }
    return { kind: 'array', length: next.length, changed };
  }
  if (depth > 0 && isPlainObject(previous) && isPlainObject(next)) {
    const changed: (readonly [string, IdentityPatch])[] = [];
    for (const key of Object.keys(next)) {
      const patch = diffByIdentity(previous[key], next[key], depth - 1);
      if (patch.kind !== 'same' || !(key in previous)) changed.push([key, patch]);
    }
    const removed = Object.keys(previous).filter((key) => !(key in next));
    return { kind: 'object', changed, removed };
  }
  return { kind: 'value', value: next };
}

/** The value `patch` describes, built on `previous` (which is left as it is). */
export function applyIdentityPatch(previous: unknown, patch: IdentityPatch): unknown {
  switch (patch.kind) {
    case 'same':
      return previous;
    case 'value':
      return patch.value;
    case 'array': {
      if (!Array.isArray(previous)) throw new TypeError('an array patch needs an array');
      const next = previous.slice(0, patch.length);
      next.length = patch.length;
      for (const [index, item] of patch.changed) {
        next[index] = applyIdentityPatch(previous[index], item);
      }
      return next;
    }
    case 'object': {
      if (!isPlainObject(previous)) throw new TypeError('an object patch needs an object');
      const removed = new Set(patch.removed);
      const next = Object.fromEntries(
        Object.entries(previous).filter(([key]) => !removed.has(key)),
      );
      for (const [key, item] of patch.changed) next[key] = applyIdentityPatch(previous[key], item);
      return next;
    }
  }
}
