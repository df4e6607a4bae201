import type { Assignment } from './assignment';

/**
 * Whether the assignments of a layer (all roles together) cover it: an owner of the whole layer, or
 * owners of both the service itself and its secure use (domain §2).
 */
export function isLayerCovered(assignments: readonly Assignment[]): boolean {
  const ownedScopes = new Set(assignments.filter((a) => a.duty === 'owner').map((a) => a.scope));
  return ownedScopes.has('whole') || (ownedScopes.has('service') && ownedScopes.has('use'));
}
