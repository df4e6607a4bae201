// A two-engagement workspace for the tests of the combined view (model and component).
import {
  buildAssignment,
  buildAssuredEngagement,
  buildEngagement,
  buildOverride,
  buildParty,
  buildSecurityService,
  buildWorkspace,
  cellRef,
} from './test-builders';
import type { Workspace } from './workspace';

/**
 * Engagement 1: IaaS in cloud-service mode between Acme (customer) and CloudCo (provider, also
 * running operations), ShieldCo as security vendor; its business data is changed (with a reason) so
 * the provider column holds ShieldCo's support. Engagement 2: SaaS in software delivery from SoftCo;
 * its application-software cell of the provider was emptied without a reason, which leaves two
 * findings (the layer has no complete owner; a change without a reason).
 */
export function buildCombinedTestWorkspace(): Workspace {
  const first = buildAssuredEngagement(
    { resourceService: 'iaas', mode: 'cloudService' },
    {
      id: 'engagement-1',
      name: 'Core banking',
      customerPartyId: 'acme',
      providerPartyId: 'cloudco',
      securityServices: [buildSecurityService({ id: 'security-1', vendorPartyId: 'shieldco' })],
      operationsService: { id: 'ops-1', providerPartyId: 'cloudco', layers: 'default' },
    },
  );
  const second = buildEngagement({
    id: 'engagement-2',
    name: 'Mail',
    resourceService: 'saas',
    mode: 'softwareDelivery',
    customerPartyId: 'acme',
    providerPartyId: 'softco',
    securityServices: [buildSecurityService({ id: 'security-2', vendorPartyId: 'shieldco' })],
  });
  return buildWorkspace([first, second], {
    parties: [
      { ...buildParty('acme', ['customer']), name: 'Acme Bank' },
      { ...buildParty('cloudco', ['provider']), name: 'CloudCo' },
      { ...buildParty('softco', ['provider']), name: 'SoftCo' },
      { ...buildParty('shieldco', ['securityVendor']), name: 'ShieldCo' },
    ],
    overrides: [
      buildOverride(cellRef('businessData', 'provider', 'engagement-1'), [
        buildAssignment({ via: 'securityService', partyId: 'shieldco' }),
      ]),
      buildOverride(cellRef('applicationSoftware', 'provider', 'engagement-2'), [], ''),
    ],
  });
}
