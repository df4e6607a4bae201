import type { Role } from '@/model/roles';
import type { Engagement } from '@/model/workspace';

/**
 * The parties that act in a role in an engagement, as the matrix's column headers name them: the
 * customer; the provider and whoever runs the operations service; the vendors of the security services.
 */
export function findRolePartyIds(engagement: Engagement, role: Role): string[] {
  const ids =
    role === 'customer'
      ? [engagement.customerPartyId]
      : role === 'provider'
        ? [engagement.providerPartyId, engagement.operationsService?.providerPartyId]
        : engagement.securityServices.map((s) => s.vendorPartyId);
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}
