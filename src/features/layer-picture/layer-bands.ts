import type { AssetLayer, LayerPosition } from '@/model/asset-layers';
import { type Assignment, type Matrix, SCOPES, type Scope } from '@/model/assignment';
import { isLayerCovered } from '@/model/coverage';
import { ROLES, type Role } from '@/model/roles';
import type { AssuranceServiceType } from '@/model/service-types';

/** A role that owns part of a layer, and which part. */
export interface BandOwner {
  readonly role: Role;
  readonly scope: Scope;
}

/** A role that helps the owners of a layer, the part it helps with and the service that carries it. */
export interface BandSupporter {
  readonly role: Role;
  readonly scope: Scope;
  readonly via?: AssuranceServiceType;
}

/** One asset layer as the picture draws it: its owners side by side, its supporters beneath. */
export interface LayerBand {
  readonly layer: AssetLayer;
  readonly position?: LayerPosition;
  readonly owners: readonly BandOwner[];
  readonly supporters: readonly BandSupporter[];
  /** Whether the owners together cover the layer (whole, or service itself plus secure use). */
  readonly covered: boolean;
  /** Whether any cell of the layer was changed from the baseline. */
  readonly changed: boolean;
}

interface RoleAssignment {
  readonly role: Role;
  readonly assignment: Assignment;
}

// The provider's "service itself" stands left of the customer's "secure use", as in the report's
// figures; a whole-layer owner comes first so a band reads the same in every scenario.
function byScopeThenRole(a: RoleAssignment, b: RoleAssignment): number {
  const scope = SCOPES.indexOf(a.assignment.scope) - SCOPES.indexOf(b.assignment.scope);
  return scope !== 0 ? scope : ROLES.indexOf(a.role) - ROLES.indexOf(b.role);
}

// Two security services can support the same layer; the picture names the role and service once.
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Turns a matrix into the bands of the layer picture, business data first and facility last. */
export function deriveLayerBands(matrix: Matrix): LayerBand[] {
  const bands: LayerBand[] = [];
  for (const row of matrix.rows) {
    if (row.kind !== 'layer' || !row.layer) continue;
    const all = ROLES.flatMap((role) =>
      row.cells[role].assignments.map((assignment) => ({ role, assignment })),
    );
    const owners = all
      .filter((a) => a.assignment.duty === 'owner')
      .sort(byScopeThenRole)
      .map(({ role, assignment }) => ({ role, scope: assignment.scope }));
    const supporters = all
      .filter((a) => a.assignment.duty === 'supporter')
      .sort(byScopeThenRole)
      .map(({ role, assignment: { scope, via } }) =>
        via ? { role, scope, via } : { role, scope },
      );
    bands.push({
      layer: row.layer,
      ...(row.position ? { position: row.position } : {}),
      owners: uniqueBy(owners, (o) => `${o.role}:${o.scope}`),
      supporters: uniqueBy(supporters, (s) => `${s.role}:${s.scope}:${s.via ?? ''}`),
      covered: isLayerCovered(all.map((a) => a.assignment)),
      changed: ROLES.some((role) => row.cells[role].overridden),
    });
  }
  return bands.reverse();
}
