import { describe, expect, it } from 'vitest';
import {
  buildEngagement,
  buildOperationsService,
  buildParty,
  buildSecurityService,
  buildWorkspace,
} from '../../tests/support/test-builders';
import {
  addSecurityServiceWithVendor,
  findAllServiceIds,
  findEngagementsOfService,
  setEngagementParties,
  setOperationsProvider,
  setSecurityServiceVendor,
  shareSecurityService,
} from './edit-engagement-parties';
import type { Engagement, Workspace } from './workspace';

const PARTIES = [
  buildParty('bank', ['customer']),
  buildParty('cloud-a', ['provider']),
  buildParty('cloud-b', ['provider', 'securityVendor']),
  buildParty('opsco', ['provider']),
];

function workspaceWith(...engagements: Engagement[]): Workspace {
  return buildWorkspace(engagements, { parties: PARTIES });
}

function engagementOf(workspace: Workspace, id = 'engagement-1'): Engagement {
  const engagement = workspace.engagements.find((e) => e.id === id);
  if (!engagement) throw new Error(`no engagement ${id}`);
  return engagement;
}

describe('setEngagementParties', () => {
  it.each([
    ['the old provider', 'cloud-a', 'cloud-b'],
    ['nobody named', null, 'cloud-b'],
    ['another party the user chose', 'opsco', 'opsco'],
  ] as const)(
    'when the operations service was run by %s, it is then run by the right party',
    (_, opsProvider, expected) => {
      const workspace = workspaceWith(
        buildEngagement({
          mode: 'managedDelivery',
          providerPartyId: 'cloud-a',
          operationsService: buildOperationsService({ providerPartyId: opsProvider }),
        }),
      );
      const next = engagementOf(
        setEngagementParties(workspace, 'engagement-1', { providerPartyId: 'cloud-b' }),
      );
      expect(next.providerPartyId).toBe('cloud-b');
      expect(next.operationsService?.providerPartyId).toBe(expected);
    },
  );

  it.each([
    ['names the customer only', { customerPartyId: 'bank' }, 'bank', 'cloud-a'],
    ['names the provider only', { providerPartyId: 'cloud-b' }, null, 'cloud-b'],
    ['unnames the provider', { providerPartyId: null }, null, null],
    ['names both', { customerPartyId: 'bank', providerPartyId: 'cloud-b' }, 'bank', 'cloud-b'],
  ] as const)('%s and leaves the other role alone', (_, parties, customer, provider) => {
    const workspace = workspaceWith(buildEngagement({ providerPartyId: 'cloud-a' }));
    const next = engagementOf(setEngagementParties(workspace, 'engagement-1', parties));
    expect([next.customerPartyId, next.providerPartyId]).toEqual([customer, provider]);
  });

  it.each([
    ['a party that does not exist', { customerPartyId: 'ghost' }],
    ['what is already there', { providerPartyId: 'cloud-a' }],
    ['nothing', {}],
  ])('returns the same workspace when asked to set %s', (_, parties) => {
    const workspace = workspaceWith(buildEngagement({ providerPartyId: 'cloud-a' }));
    expect(setEngagementParties(workspace, 'engagement-1', parties)).toBe(workspace);
  });

  it('changes only the engagement it names', () => {
    const other = buildEngagement({ id: 'engagement-2', providerPartyId: 'cloud-a' });
    const workspace = workspaceWith(buildEngagement({ providerPartyId: 'cloud-a' }), other);
    const next = setEngagementParties(workspace, 'engagement-1', { providerPartyId: 'cloud-b' });
    expect(engagementOf(next, 'engagement-2')).toBe(other);
  });
});

describe('setOperationsProvider', () => {
  it.each([
    ['names the party that runs the operations service', 'opsco', 'opsco'],
    ['unnames it', null, null],
  ] as const)('%s', (_, partyId, expected) => {
    const workspace = workspaceWith(
      buildEngagement({
        operationsService: buildOperationsService({ providerPartyId: 'cloud-a' }),
      }),
    );
    const next = engagementOf(setOperationsProvider(workspace, 'engagement-1', partyId));
    expect(next.operationsService?.providerPartyId).toBe(expected);
  });

  it.each([
    ['there is no operations service', buildEngagement(), 'opsco'],
    [
      'the party does not exist',
      buildEngagement({ operationsService: buildOperationsService() }),
      'ghost',
    ],
  ])('changes nothing when %s', (_, engagement, partyId) => {
    const workspace = workspaceWith(engagement);
    expect(setOperationsProvider(workspace, 'engagement-1', partyId)).toBe(workspace);
  });
});

describe('one security service across several engagements', () => {
  const shared = buildSecurityService({ id: 'sec-x', vendorPartyId: 'cloud-b' });
  const workspace = workspaceWith(
    buildEngagement({ securityServices: [shared] }),
    buildEngagement({
      id: 'engagement-2',
      securityServices: [{ ...shared, layers: ['businessData'] }],
    }),
    buildEngagement({
      id: 'engagement-3',
      securityServices: [buildSecurityService({ id: 'sec-y', vendorPartyId: 'cloud-b' })],
    }),
  );

  it('changes the vendor in every engagement holding the service, and nowhere else', () => {
    const next = setSecurityServiceVendor(workspace, 'sec-x', 'opsco');
    expect(next.engagements.map((e) => e.securityServices[0]?.vendorPartyId)).toEqual([
      'opsco',
      'opsco',
      'cloud-b',
    ]);
  });

  it('keeps each engagement’s own coverage when the vendor changes', () => {
    const next = setSecurityServiceVendor(workspace, 'sec-x', null);
    expect(next.engagements.map((e) => e.securityServices[0]?.layers)).toEqual([
      'default',
      ['businessData'],
      'default',
    ]);
  });

  it.each([
    ['an unknown vendor', 'sec-x', 'ghost'],
    ['the vendor it already has', 'sec-x', 'cloud-b'],
    ['a service that does not exist', 'sec-z', 'opsco'],
  ])('returns the same workspace for %s', (_, serviceId, vendor) => {
    expect(setSecurityServiceVendor(workspace, serviceId, vendor)).toBe(workspace);
  });

  it('finds the engagements holding a service', () => {
    expect(findEngagementsOfService(workspace, 'sec-x').map((e) => e.id)).toEqual([
      'engagement-1',
      'engagement-2',
    ]);
  });

  it('shares a service with another engagement: same id and vendor, default coverage', () => {
    const next = shareSecurityService(workspace, 'sec-y', 'engagement-1');
    expect(engagementOf(next).securityServices).toEqual([
      shared,
      { id: 'sec-y', vendorPartyId: 'cloud-b', layers: 'default' },
    ]);
  });

  it.each([
    ['the engagement already holds it', 'sec-x', 'engagement-2'],
    ['the service does not exist', 'sec-z', 'engagement-1'],
    ['the engagement does not exist', 'sec-x', 'engagement-9'],
  ])('refuses to share when %s', (_, serviceId, to) => {
    expect(shareSecurityService(workspace, serviceId, to)).toBe(workspace);
  });

  it('refuses to share into an engagement whose operations service has that id', () => {
    const taken = workspaceWith(
      buildEngagement({ securityServices: [shared] }),
      buildEngagement({
        id: 'engagement-2',
        operationsService: buildOperationsService({ id: 'sec-x' }),
      }),
    );
    expect(shareSecurityService(taken, 'sec-x', 'engagement-2')).toBe(taken);
  });
});

describe('addSecurityServiceWithVendor', () => {
  it('adds a service whose id is new to the whole workspace', () => {
    const workspace = workspaceWith(
      buildEngagement({ securityServices: [buildSecurityService({ id: 'security-1' })] }),
      buildEngagement({
        id: 'engagement-2',
        operationsService: buildOperationsService({ id: 'security-2' }),
      }),
    );
    const next = addSecurityServiceWithVendor(workspace, 'engagement-2', 'cloud-b');
    expect(engagementOf(next, 'engagement-2').securityServices).toEqual([
      { id: 'security-3', vendorPartyId: 'cloud-b', layers: 'default' },
    ]);
    expect(findAllServiceIds(next)).toEqual(['security-1', 'security-3', 'security-2']);
  });

  it.each([
    ['an unknown vendor', 'engagement-1', 'ghost'],
    ['an unknown engagement', 'engagement-9', null],
  ])('adds nothing for %s', (_, engagementId, vendor) => {
    const workspace = workspaceWith(buildEngagement());
    expect(addSecurityServiceWithVendor(workspace, engagementId, vendor)).toBe(workspace);
  });
});
