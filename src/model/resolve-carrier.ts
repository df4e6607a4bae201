import type { Assignment, MatrixRow } from './assignment';
import type { Role } from './roles';
import type { Engagement } from './workspace';

type Carrier = Pick<Assignment, 'serviceId' | 'partyId'>;

function partyOnly(partyId: string | null | undefined): Carrier {
  return partyId ? { partyId } : {};
}

/**
 * Finds the service and party that carry an assignment a user entered, from the engagement: a
 * supporter is carried by the engagement's service of its kind (the one it named, else the first),
 * an owner on an assurance row by that row's service, any other owner by the party in that role.
 */
export function resolveCarrier(
  engagement: Engagement,
  row: MatrixRow,
  role: Role,
  assignment: Pick<Assignment, 'duty' | 'via' | 'serviceId'>,
): Carrier {
  const security = engagement.securityServices;
  const ops = engagement.operationsService;
  if (assignment.duty === 'supporter') {
    if (assignment.via === 'securityService') {
      const service = security.find((s) => s.id === assignment.serviceId) ?? security[0];
      return service ? { serviceId: service.id, ...partyOnly(service.vendorPartyId) } : {};
    }
    if (assignment.via === 'opsService' && ops)
      return { serviceId: ops.id, ...partyOnly(ops.providerPartyId) };
    return {};
  }
  if (row.serviceId !== undefined) {
    const service = security.find((s) => s.id === row.serviceId);
    if (service) return { serviceId: service.id, ...partyOnly(service.vendorPartyId) };
    if (ops?.id === row.serviceId) return { serviceId: ops.id, ...partyOnly(ops.providerPartyId) };
  }
  if (role === 'customer') return partyOnly(engagement.customerPartyId);
  if (role === 'provider') return partyOnly(engagement.providerPartyId);
  return partyOnly(security[0]?.vendorPartyId);
}
