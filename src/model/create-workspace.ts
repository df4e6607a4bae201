import type { Scenario } from './assurance-scope';
import type { Engagement, OperationsService, Workspace } from './workspace';

/** The id of the operations service that managed delivery brings with it. */
export function defaultOperationsServiceId(engagementId: string): string {
  return `${engagementId}-ops`;
}

/** The operations service that is part of managed delivery, run by the engagement's provider. */
export function createDefaultOperationsService(
  engagement: Pick<Engagement, 'id' | 'providerPartyId'> & {
    securityServices?: Engagement['securityServices'];
  },
): OperationsService {
  const taken = (engagement.securityServices ?? []).map((s) => s.id);
  const preferred = defaultOperationsServiceId(engagement.id);
  return {
    // Security and operations services share one id space, so the default id must not be taken.
    id: taken.includes(preferred) ? nextId(preferred, taken) : preferred,
    providerPartyId: engagement.providerPartyId,
    layers: 'default',
  };
}

/**
 * Creates an engagement for a scenario with no named parties and no security service; in managed
 * delivery the operations service is in scope by default (§2.3.2).
 */
export function createEngagement(id: string, name: string, scenario: Scenario): Engagement {
  const base = {
    id,
    name,
    ...scenario,
    customerPartyId: null,
    providerPartyId: null,
    securityServices: [],
  };
  return {
    ...base,
    operationsService:
      scenario.mode === 'managedDelivery' ? createDefaultOperationsService(base) : null,
  };
}

/** The scenario a new workspace starts with: IaaS on a public cloud, the report's first figure. */
export const DEFAULT_SCENARIO: Scenario = { resourceService: 'iaas', mode: 'cloudService' };

/** Creates a workspace with one engagement for a scenario and an empty contract. */
export function createWorkspace(scenario: Scenario): Workspace {
  return {
    contract: { title: '', version: '', date: '', notes: '' },
    parties: [],
    engagements: [createEngagement('engagement-1', '', scenario)],
    overrides: [],
    channels: [],
    departments: [],
    raci: [],
    jointResponses: [],
  };
}

/** The next free id of the form `prefix-n` among existing ids. */
export function nextId(prefix: string, existing: readonly string[]): string {
  let n = existing.length + 1;
  while (existing.includes(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
