import { deriveVersionTwoSecurityDefault } from '@/model/assurance-scope';
import { DELIVERY_MODES } from '@/model/delivery-modes';
import { RESOURCE_SERVICE_TYPES } from '@/model/service-types';
import { isLooseRecord } from './loose-records';

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}

/**
 * Version 3 widened the security service's default coverage to the facility where the customer owns
 * it (domain §3). A version 2 workspace keeps what it covered: a default security service in a
 * delivery mode gets the version 2 default written out as its own list of layers. Every other
 * coverage (a list the user chose, a default in cloud-service mode, which did not change) stays as
 * stored. Changes `workspace` in place (a private copy); data it cannot read is left for the schema.
 */
export function keepSecurityCoverage(workspace: Record<string, unknown>): void {
  const engagements = workspace.engagements;
  if (!Array.isArray(engagements)) return;
  for (const engagement of engagements) {
    if (!isLooseRecord(engagement) || !Array.isArray(engagement.securityServices)) continue;
    const { resourceService, mode } = engagement;
    if (!isOneOf(RESOURCE_SERVICE_TYPES, resourceService) || !isOneOf(DELIVERY_MODES, mode))
      continue;
    if (mode === 'cloudService') continue;
    const layers = deriveVersionTwoSecurityDefault({ resourceService, mode });
    for (const service of engagement.securityServices) {
      if (isLooseRecord(service) && service.layers === 'default') {
        (service as Record<string, unknown>).layers = [...layers];
      }
    }
  }
}
