import { isOperationsServiceOffered, type Scenario } from '@/model/assurance-scope';
import { createEngagement } from '@/model/create-workspace';
import { DELIVERY_MODES } from '@/model/delivery-modes';
import { RESOURCE_SERVICE_TYPES } from '@/model/service-types';
import type { Engagement } from '@/model/workspace';

/** What the shift view puts side by side: the three delivery modes, or the three resource services. */
export const SHIFT_COMPARISONS = ['modes', 'serviceTypes'] as const;

/** Compare delivery modes or service types. */
export type ShiftComparison = (typeof SHIFT_COMPARISONS)[number];

/** The three scenarios of a comparison, each differing from the current one in a single respect. */
export function deriveShiftScenarios(current: Scenario, comparison: ShiftComparison): Scenario[] {
  return comparison === 'modes'
    ? DELIVERY_MODES.map((mode) => ({ resourceService: current.resourceService, mode }))
    : RESOURCE_SERVICE_TYPES.map((resourceService) => ({ resourceService, mode: current.mode }));
}

/**
 * The engagement a small multiple draws: a fresh engagement of the scenario that keeps the current
 * one's parties and security services, and its operations service where the mode offers one; managed
 * delivery brings its own when there is none. This is what switching the scenario would give,
 * before any change to cells.
 */
export function deriveShiftEngagement(current: Engagement, scenario: Scenario): Engagement {
  const fresh = createEngagement(current.id, current.name, scenario);
  const kept = isOperationsServiceOffered(scenario.mode) ? current.operationsService : null;
  return {
    ...fresh,
    customerPartyId: current.customerPartyId,
    providerPartyId: current.providerPartyId,
    securityServices: current.securityServices,
    operationsService:
      kept ??
      (fresh.operationsService
        ? { ...fresh.operationsService, providerPartyId: current.providerPartyId }
        : null),
  };
}
