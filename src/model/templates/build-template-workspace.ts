import type { Scenario } from '../assurance-scope';
import { isOperationsServiceOffered } from '../assurance-scope';
import type { InformationCategory } from '../principles';
import type { Role } from '../roles';
import type { Engagement, InformationChannel, Party, Workspace } from '../workspace';
import {
  CHANNEL_CATEGORIES_OF,
  type ChannelKind,
  type TemplateEngagementKey,
  type TemplatePartyKey,
  type TemplateTexts,
} from './template-texts';

/** One engagement of a template: the scenario and which of the template's parties play which role. */
export interface TemplateEngagementSpec {
  readonly key: TemplateEngagementKey;
  readonly scenario: Scenario;
  readonly customer: TemplatePartyKey;
  readonly provider: TemplatePartyKey;
  /** One security service per vendor, each with the default coverage. */
  readonly securityVendors: readonly TemplatePartyKey[];
  /** Who runs the operations service, if one is bought (managed delivery always has one). */
  readonly operations: TemplatePartyKey | null;
}

/** What a template is made of: its parties with their roles, and its engagements. */
export interface TemplateSpec {
  readonly parties: readonly { readonly key: TemplatePartyKey; readonly roles: readonly Role[] }[];
  readonly engagements: readonly TemplateEngagementSpec[];
}

function buildEngagement(spec: TemplateEngagementSpec, texts: TemplateTexts): Engagement {
  const wantsOps = spec.operations !== null && isOperationsServiceOffered(spec.scenario.mode);
  return {
    id: spec.key,
    name: texts.engagements[spec.key],
    ...spec.scenario,
    customerPartyId: spec.customer,
    providerPartyId: spec.provider,
    securityServices: spec.securityVendors.map((vendor, index) => ({
      id: `${spec.key}-security-${index + 1}`,
      vendorPartyId: vendor,
      layers: 'default',
    })),
    operationsService: wantsOps
      ? { id: `${spec.key}-ops`, providerPartyId: spec.operations, layers: 'default' }
      : null,
  };
}

/** The ordered pairs of parties that pass information in an engagement, as the suggested plan has them (domain §5). */
function channelPairs(spec: TemplateEngagementSpec) {
  const providers = [spec.provider, ...(spec.operations ? [spec.operations] : [])];
  return [
    ...providers.flatMap((provider) => [
      { pair: 'providerToCustomer' as const, from: provider, to: spec.customer },
      { pair: 'customerToProvider' as const, from: spec.customer, to: provider },
    ]),
    ...spec.securityVendors.flatMap((vendor) => [
      { pair: 'vendorToCustomer' as const, from: vendor, to: spec.customer },
      { pair: 'customerToVendor' as const, from: spec.customer, to: vendor },
    ]),
  ];
}

/**
 * The channels of the suggested plan for every engagement: each provider, operator and security
 * vendor reports to its customer, and the customer to them; a pair shared by engagements gets its
 * channels once.
 */
function buildChannels(spec: TemplateSpec, texts: TemplateTexts): InformationChannel[] {
  const channels = new Map<string, InformationChannel>();
  for (const engagement of spec.engagements) {
    for (const { pair, from, to } of channelPairs(engagement)) {
      const categories: readonly InformationCategory[] = CHANNEL_CATEGORIES_OF[pair];
      for (const category of categories) {
        const kind = `${pair}.${category}` as ChannelKind;
        const id = `${from}-to-${to}-${kind.replace('.', '-')}`;
        if (channels.has(id)) continue;
        channels.set(id, {
          id,
          fromPartyId: from,
          toPartyId: to,
          category,
          what: texts.channelWhat[kind],
          trigger: texts.channelTrigger[category],
          timeliness: texts.channelTimeliness[category],
          medium: texts.channelMedium[pair],
        });
      }
    }
  }
  return [...channels.values()];
}

/** Builds the workspace a template describes, named in the given language. */
export function buildTemplateWorkspace(spec: TemplateSpec, texts: TemplateTexts): Workspace {
  const parties: Party[] = spec.parties.map(({ key, roles }) => ({
    id: key,
    name: texts.parties[key],
    roles,
  }));
  return {
    contract: { title: '', version: '', date: '', notes: '' },
    parties,
    engagements: spec.engagements.map((e) => buildEngagement(e, texts)),
    overrides: [],
    channels: buildChannels(spec, texts),
    departments: [],
    raci: [],
    jointResponses: [],
  };
}
