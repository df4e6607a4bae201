import { ASSET_LAYERS, type AssetLayer, findLayerPosition } from './asset-layers';
import type { Assignment, Basis, Cell, Matrix, MatrixRow } from './assignment';
import { canSupportLayer, deriveCoverage, isOperationsServiceOffered } from './assurance-scope';
import { assuranceRowId, layerRowId } from './matrix-row-id';
import type { Role } from './roles';
import type { Engagement } from './workspace';

const MODE_TABLE: Basis = { source: 'report', section: '§2.3.2' };
const ASSURANCE_ROW: Basis = { source: 'derived', section: '§2.4' };
// §2.3.2 names the supporter; its scope (the customer's on that layer) is our reading of §2.3.1.
const REPORT_SUPPORTER: Basis = { ...MODE_TABLE, scopeDerivedFrom: '§2.3.1' };
// §2.3.2 says nothing of operations in cloud-service mode: the supporter follows from §2.3.1's definition.
const DERIVED_SUPPORTER: Basis = { source: 'derived', section: '§2.3.1' };

/** The basis of a supporter (domain §2's table): the report where §2.3.2 says it, else derived. */
export function deriveSupporterBasis(
  via: 'securityService' | 'opsService',
  mode: Engagement['mode'],
): Basis {
  return via === 'opsService' && mode === 'cloudService' ? DERIVED_SUPPORTER : REPORT_SUPPORTER;
}

/**
 * The split on a layer that is jointly owned (the boundary of the service, as the report's IaaS
 * virtualised infrastructure row): the provider owns the service itself, the customer its secure use.
 */
export const JOINT_SPLIT = {
  customer: { duty: 'owner', scope: 'use' },
  provider: { duty: 'owner', scope: 'service' },
} as const satisfies Record<string, Pick<Assignment, 'duty' | 'scope'>>;

type RoleAssignments = Readonly<Record<Role, readonly Assignment[]>>;

/** Assignments of the provider and the customer on a layer, from the mode's table (§2.3.2). */
function deriveOwners(engagement: Engagement, layer: AssetLayer): RoleAssignments {
  const position = findLayerPosition(layer, engagement.resourceService);
  const provider = withParty(engagement.providerPartyId);
  const customer = withParty(engagement.customerPartyId);
  const whole = (party: object): Assignment => ({
    duty: 'owner',
    scope: 'whole',
    ...party,
    basis: MODE_TABLE,
  });
  if (position === 'boundary') {
    return {
      provider: [{ ...JOINT_SPLIT.provider, ...provider, basis: MODE_TABLE }],
      customer: [{ ...JOINT_SPLIT.customer, ...customer, basis: MODE_TABLE }],
      securityVendor: [],
    };
  }
  // Under the service the controller of the resources owns it whole; on the service it is the customer's.
  const underOwner: Role = engagement.mode === 'cloudService' ? 'provider' : 'customer';
  const owner: Role = position === 'under' ? underOwner : 'customer';
  return {
    provider: owner === 'provider' ? [whole(provider)] : [],
    customer: owner === 'customer' ? [whole(customer)] : [],
    securityVendor: [],
  };
}

/** Supporters on a layer: the engagement's assurance services that cover it, where the mode allows. */
function deriveSupporters(
  engagement: Engagement,
  layer: AssetLayer,
  customerScope: Assignment['scope'],
) {
  const supporters: { role: Role; assignment: Assignment }[] = [];
  const securityAllowed = canSupportLayer('securityService', engagement, layer);
  for (const service of securityAllowed ? engagement.securityServices : []) {
    if (!deriveCoverage('securityService', engagement, service.layers).includes(layer)) continue;
    supporters.push({
      role: 'securityVendor',
      assignment: {
        duty: 'supporter',
        scope: customerScope,
        via: 'securityService',
        serviceId: service.id,
        ...withParty(service.vendorPartyId),
        basis: deriveSupporterBasis('securityService', engagement.mode),
      },
    });
  }
  const ops = engagement.operationsService;
  if (
    ops &&
    isOperationsServiceOffered(engagement.mode) &&
    canSupportLayer('opsService', engagement, layer) &&
    deriveCoverage('opsService', engagement, ops.layers).includes(layer)
  ) {
    supporters.push({
      role: 'provider',
      assignment: {
        duty: 'supporter',
        scope: customerScope,
        via: 'opsService',
        serviceId: ops.id,
        ...withParty(ops.providerPartyId),
        basis: deriveSupporterBasis('opsService', engagement.mode),
      },
    });
  }
  return supporters;
}

function deriveLayerRow(engagement: Engagement, layer: AssetLayer): MatrixRow {
  const owners = deriveOwners(engagement, layer);
  const customerScope = owners.customer[0]?.scope ?? 'whole';
  const byRole: Record<Role, Assignment[]> = {
    customer: [...owners.customer],
    provider: [...owners.provider],
    securityVendor: [...owners.securityVendor],
  };
  for (const { role, assignment } of deriveSupporters(engagement, layer, customerScope)) {
    byRole[role].push(assignment);
  }
  return {
    id: layerRowId(layer),
    kind: 'layer',
    layer,
    position: findLayerPosition(layer, engagement.resourceService),
    cells: toCells(byRole),
  };
}

/** Rows for each assurance service in scope: its supplier owns the security of the service itself [derived from §2.4 link 2]. */
function deriveAssuranceRows(engagement: Engagement): MatrixRow[] {
  const rows: MatrixRow[] = engagement.securityServices.map((service) =>
    assuranceRow('securityService', service.id, 'securityVendor', service.vendorPartyId),
  );
  const ops = engagement.operationsService;
  if (ops && isOperationsServiceOffered(engagement.mode)) {
    rows.push(assuranceRow('opsService', ops.id, 'provider', ops.providerPartyId));
  }
  return rows;
}

function assuranceRow(
  serviceType: 'securityService' | 'opsService',
  serviceId: string,
  ownerRole: Role,
  partyId: string | null,
): MatrixRow {
  const owner: Assignment = {
    duty: 'owner',
    scope: 'service',
    serviceId,
    ...withParty(partyId),
    basis: ASSURANCE_ROW,
  };
  const byRole = { customer: [], provider: [], securityVendor: [], [ownerRole]: [owner] };
  return {
    id: assuranceRowId(serviceType, serviceId),
    kind: 'assurance',
    serviceId,
    serviceType,
    cells: toCells(byRole),
  };
}

function withParty(partyId: string | null): { partyId?: string } {
  return partyId === null ? {} : { partyId };
}

function toCells(byRole: RoleAssignments): Record<Role, Cell> {
  const cell = (role: Role): Cell => ({
    role,
    assignments: byRole[role],
    baseline: byRole[role],
    overridden: false,
    reason: '',
  });
  return {
    customer: cell('customer'),
    provider: cell('provider'),
    securityVendor: cell('securityVendor'),
  };
}

const baselines = new WeakMap<Engagement, Matrix>();

/**
 * Derives the baseline who-owns-what matrix of an engagement from the report's modes (§2.3.2) and
 * our marked readings where it is silent, every assignment carrying its own basis: the five layer rows bottom to top, then one row per assurance
 * service in scope.
 */
export function deriveBaseline(engagement: Engagement): Matrix {
  // Remembered per engagement object (engagements are never changed in place): an edit of a cell
  // re-derives its engagement's matrix and compares with the baseline, which has not changed.
  const known = baselines.get(engagement);
  if (known) return known;
  const baseline: Matrix = {
    engagementId: engagement.id,
    rows: [
      ...ASSET_LAYERS.map((layer) => deriveLayerRow(engagement, layer)),
      ...deriveAssuranceRows(engagement),
    ],
  };
  baselines.set(engagement, baseline);
  return baseline;
}
