import { describe, expect, it } from 'vitest';
import {
  buildAssuredEngagement,
  buildChannel,
  buildEngagement,
  buildNamedWorkspace,
  buildOperationsService,
  buildParty,
  buildSecurityService,
  buildWorkspace,
  PARTY,
} from '../../tests/support/test-builders';
import {
  findChannelPairs,
  findSuggestionIds,
  suggestChannels,
  suggestChannelsFor,
} from './suggest-channels';
import { groupChannelsByPair } from './suggest-channels-groups';
import { CHANNEL_SUGGESTION_IDS, findSuggestionId, rolesAtEnd } from './suggest-channels-table';
import type { Workspace } from './workspace';

const C = PARTY.customer;
const P = PARTY.provider;
const V = PARTY.vendor;
const cloud = { resourceService: 'iaas', mode: 'cloudService' } as const;
const named = buildNamedWorkspace(cloud, { channels: false });

const pairsOf = (w: Workspace) =>
  findChannelPairs(w).map((p) => `${p.fromPartyId}->${p.toPartyId}:${p.directions.join('+')}`);

describe('findChannelPairs', () => {
  it.each<{ name: string; workspace: Workspace; pairs: string[] }>([
    {
      name: 'provider and vendor, each to and from the customer, then with each other (§1.2)',
      workspace: named,
      pairs: [
        `${P}->${C}:providerToCustomer`,
        `${C}->${P}:customerToProvider`,
        `${V}->${C}:vendorToCustomer`,
        `${C}->${V}:customerToVendor`,
        `${P}->${V}:providerToVendor`,
        `${V}->${P}:vendorToProvider`,
      ],
    },
    {
      name: 'nothing when the engagement names no customer',
      workspace: buildWorkspace([buildAssuredEngagement(cloud, { providerPartyId: P })]),
      pairs: [],
    },
    {
      name: 'nothing for a role whose party is not named',
      workspace: buildWorkspace([buildAssuredEngagement(cloud, { customerPartyId: C })]),
      pairs: [],
    },
    {
      name: 'the operations-service provider as a provider',
      workspace: buildWorkspace([
        buildEngagement({
          customerPartyId: C,
          operationsService: buildOperationsService({ providerPartyId: 'opsco' }),
        }),
      ]),
      pairs: [`opsco->${C}:providerToCustomer`, `${C}->opsco:customerToProvider`],
    },
    {
      name: 'a provider that is also the security vendor plays both directions',
      workspace: buildWorkspace([
        buildEngagement({
          customerPartyId: C,
          providerPartyId: P,
          securityServices: [buildSecurityService({ vendorPartyId: P })],
        }),
      ]),
      pairs: [
        `${P}->${C}:providerToCustomer+vendorToCustomer`,
        `${C}->${P}:customerToProvider+customerToVendor`,
      ],
    },
    {
      name: 'no channel from a party to itself (a customer running its own security)',
      workspace: buildWorkspace([
        buildEngagement({
          customerPartyId: C,
          securityServices: [buildSecurityService({ vendorPartyId: C })],
        }),
      ]),
      pairs: [],
    },
  ])('finds $name', ({ workspace, pairs }) => {
    expect(pairsOf(workspace)).toEqual(pairs);
  });

  it('lists a pair once across engagements, naming each engagement', () => {
    const first = named.engagements[0];
    if (!first) throw new Error('no engagement');
    const w = { ...named, engagements: [first, { ...first, id: 'engagement-2' }] };
    expect(findChannelPairs(w)).toHaveLength(6);
    expect(findChannelPairs(w)[0]?.engagementIds).toEqual(['engagement-1', 'engagement-2']);
  });
});

describe('the §5 table', () => {
  it('has fifteen suggestions: no external intelligence from customer to vendor, no asset facts between provider and vendor', () => {
    expect(CHANNEL_SUGGESTION_IDS).toHaveLength(15);
    expect(findSuggestionId('customerToVendor', 'externalIntelligence')).toBeUndefined();
    expect(findSuggestionId('providerToVendor', 'assetFacts')).toBeUndefined();
    expect(findSuggestionId('vendorToProvider', 'assetFacts')).toBeUndefined();
    expect(findSuggestionId('providerToVendor', 'other')).toBeUndefined();
    expect(findSuggestionId('providerToCustomer', 'assetFacts')).toBe(
      'providerToCustomer.assetFacts',
    );
  });
});

describe('suggestChannels', () => {
  const ids = (w: Workspace) => suggestChannels(w).map((s) => s.suggestionIds.join('+'));

  it('suggests every cell of the table for the pairs present, and nothing for "—"', () => {
    expect(ids(named)).toEqual(CHANNEL_SUGGESTION_IDS);
  });

  it.each([
    { channel: buildChannel(P, C, 'assetFacts'), gone: 'providerToCustomer.assetFacts' },
    { channel: buildChannel(C, V, 'keyActivities'), gone: 'customerToVendor.keyActivities' },
  ])('leaves out a pair and category that has a channel ($gone)', ({ channel, gone }) => {
    const w = { ...named, channels: [channel] };
    expect(ids(w)).toHaveLength(14);
    expect(ids(w)).not.toContain(gone);
  });

  it('suggests nothing when every channel is there', () => {
    const w = { ...named, channels: [] as Workspace['channels'] };
    const all = suggestChannels(w).map((s) => buildChannel(s.fromPartyId, s.toPartyId, s.category));
    expect(suggestChannels({ ...w, channels: all })).toEqual([]);
  });

  it('gives one channel with both suggestions to a party in two directions', () => {
    const w = buildWorkspace(
      [
        buildEngagement({
          customerPartyId: C,
          providerPartyId: P,
          securityServices: [buildSecurityService({ vendorPartyId: P })],
        }),
      ],
      { parties: [buildParty(C, ['customer']), buildParty(P, ['provider', 'securityVendor'])] },
    );
    expect(suggestChannels(w).find((s) => s.category === 'externalIntelligence')).toEqual({
      fromPartyId: P,
      toPartyId: C,
      category: 'externalIntelligence',
      suggestionIds: [
        'providerToCustomer.externalIntelligence',
        'vendorToCustomer.externalIntelligence',
      ],
    });
    // From the customer, external intelligence goes to the provider only ("—" for the vendor).
    expect(findSuggestionIds(w, C, P, 'externalIntelligence')).toEqual([
      'customerToProvider.externalIntelligence',
    ]);
  });
});

describe('suggestChannelsFor', () => {
  it('gives the missing suggestions of the pair', () => {
    expect(suggestChannelsFor(named, V, C).map((s) => s.category)).toEqual([
      'assetFacts',
      'keyActivities',
      'externalIntelligence',
    ]);
  });

  it('gives one blank key-activities channel for a pair §5 does not know', () => {
    expect(suggestChannelsFor(named, 'auditco', C)).toEqual([
      { fromPartyId: 'auditco', toPartyId: C, category: 'keyActivities', suggestionIds: [] },
    ]);
  });
});

describe('groupChannelsByPair', () => {
  it('lists the called-for pairs first, then other pairs, channels sorted by category', () => {
    const w = {
      ...named,
      channels: [
        buildChannel('auditco', C, 'assetFacts'),
        { ...buildChannel(P, C, 'other'), categoryName: 'Audit logs' },
        buildChannel(P, C, 'externalIntelligence'),
        buildChannel(P, C, 'assetFacts'),
      ],
    };
    const groups = groupChannelsByPair(w);
    expect(groups.map((g) => `${g.fromPartyId}->${g.toPartyId}`)).toEqual([
      `${P}->${C}`,
      `${C}->${P}`,
      `${V}->${C}`,
      `${C}->${V}`,
      `${P}->${V}`,
      `${V}->${P}`,
      `auditco->${C}`,
    ]);
    // A category of the user's own comes after the report's three examples.
    expect(groups[0]?.channels.map((c) => c.category)).toEqual([
      'assetFacts',
      'externalIntelligence',
      'other',
    ]);
    expect(groups[6]?.directions).toEqual([]);
  });
});

describe('rolesAtEnd', () => {
  it.each([
    { directions: ['providerToCustomer'], end: 'from', held: [], roles: ['provider'] },
    {
      directions: ['providerToCustomer', 'vendorToCustomer'],
      end: 'from',
      held: [],
      roles: ['provider', 'securityVendor'],
    },
    {
      directions: ['customerToProvider', 'customerToVendor'],
      end: 'from',
      held: [],
      roles: ['customer'],
    },
    { directions: ['customerToVendor'], end: 'to', held: [], roles: ['securityVendor'] },
    {
      directions: [],
      end: 'to',
      held: ['provider', 'securityVendor'],
      roles: ['provider', 'securityVendor'],
    },
  ] as const)('gives $roles at the $end end of $directions', ({ directions, end, held, roles }) => {
    expect(rolesAtEnd(directions, end, held)).toEqual(roles);
  });
});
