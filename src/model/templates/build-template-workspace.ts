import type { Scenario } from '../assurance-scope';
import { isOperationsServiceOffered } from '../assurance-scope';
import { needsJointResponse } from '../joint-response';
import type { Role } from '../roles';
import { suggestChannels } from '../suggest-channels';
import type { Engagement, InformationChannel, JointResponse, Party, Workspace } from '../workspace';
import type {
  TemplateChannelTexts,
  TemplateEngagementKey,
  TemplatePartyKey,
  TemplateTexts,
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

/**
 * The channels of the suggested plan (domain §5) for every pair the engagements call for, filled in
 * with the plan's own suggestion texts: what "Fill in suggested channels" would add.
 */
function buildChannels(workspace: Workspace, texts: TemplateTexts): InformationChannel[] {
  return suggestChannels(workspace).map(({ fromPartyId, toPartyId, category, suggestionIds }) => {
    const join = (field: keyof TemplateChannelTexts) =>
      suggestionIds.map((id) => texts.channels[id][field]).join(texts.separator);
    return {
      id: `${fromPartyId}-to-${toPartyId}-${category}`,
      fromPartyId,
      toPartyId,
      category,
      what: join('what'),
      trigger: join('trigger'),
      timeliness: join('timeliness'),
      medium: join('medium'),
    };
  });
}

/** The suggested joint response of each engagement that has a security vendor, coordinated by its customer. */
function buildJointResponses(
  engagements: readonly Engagement[],
  texts: TemplateTexts,
): JointResponse[] {
  return engagements.filter(needsJointResponse).map((engagement) => ({
    engagementId: engagement.id,
    ...texts.jointResponse,
    coordinatorPartyId: engagement.customerPartyId,
  }));
}

/** Builds the workspace a template describes, named in the given language. */
export function buildTemplateWorkspace(spec: TemplateSpec, texts: TemplateTexts): Workspace {
  const parties: Party[] = spec.parties.map(({ key, roles }) => ({
    id: key,
    name: texts.parties[key],
    roles,
  }));
  const engagements = spec.engagements.map((e) => buildEngagement(e, texts));
  const workspace: Workspace = {
    contract: { title: '', version: '', date: '', notes: '' },
    parties,
    engagements,
    overrides: [],
    channels: [],
    departments: [],
    raci: [],
    jointResponses: buildJointResponses(engagements, texts),
  };
  return { ...workspace, channels: buildChannels(workspace, texts) };
}
