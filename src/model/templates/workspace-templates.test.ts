import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../check-workspace';
import { CHANNEL_SUGGESTION_IDS } from '../suggest-channels-table';
import type { Workspace } from '../workspace';
import {
  TEMPLATE_ENGAGEMENT_KEYS,
  TEMPLATE_PARTY_KEYS,
  type TemplateTexts,
} from './template-texts';
import { createFromTemplate, TEMPLATE_IDS, WORKSPACE_TEMPLATES } from './workspace-templates';

const fill = <K extends string>(keys: readonly K[], prefix: string) =>
  Object.fromEntries(keys.map((key) => [key, `${prefix} ${key}`])) as Record<K, string>;

/** Texts that name everything after its key, so a missing or swapped text shows in the test. */
const TEXTS: TemplateTexts = {
  parties: fill(TEMPLATE_PARTY_KEYS, 'party'),
  engagements: fill(TEMPLATE_ENGAGEMENT_KEYS, 'engagement'),
  channels: Object.fromEntries(
    CHANNEL_SUGGESTION_IDS.map((id) => [
      id,
      {
        what: `what ${id}`,
        trigger: `trigger ${id}`,
        timeliness: `timeliness ${id}`,
        medium: `medium ${id}`,
      },
    ]),
  ) as TemplateTexts['channels'],
  separator: '; ',
  jointResponse: { notification: 'notify', timeliness: '1 hour' },
};

const build = (id: (typeof TEMPLATE_IDS)[number]) => createFromTemplate(id, TEXTS);

function partyIds(w: Workspace) {
  return new Set(w.parties.map((p) => p.id));
}

describe('workspace templates', () => {
  it.each(TEMPLATE_IDS)('%s shows exactly the findings it teaches', (id) => {
    const codes = checkWorkspace(build(id)).map((f) => f.code);
    expect(codes.sort()).toEqual([...WORKSPACE_TEMPLATES[id].teaches].sort());
  });

  it.each(TEMPLATE_IDS)('%s names its parties, engagements and vendors', (id) => {
    const w = build(id);
    const ids = partyIds(w);
    expect(w.parties.every((p) => p.name.startsWith('party '))).toBe(true);
    for (const e of w.engagements) {
      expect(e.name).toBe(`engagement ${e.id}`);
      expect(ids.has(e.customerPartyId ?? '')).toBe(true);
      expect(ids.has(e.providerPartyId ?? '')).toBe(true);
      expect(e.securityServices.length).toBeGreaterThan(0);
      for (const s of e.securityServices) expect(ids.has(s.vendorPartyId ?? '')).toBe(true);
      if (e.operationsService)
        expect(ids.has(e.operationsService.providerPartyId ?? '')).toBe(true);
    }
  });

  it.each(TEMPLATE_IDS)('%s gives each party the roles it plays', (id) => {
    const w = build(id);
    const rolesOf = (partyId: string | null) =>
      w.parties.find((p) => p.id === partyId)?.roles ?? [];
    for (const e of w.engagements) {
      expect(rolesOf(e.customerPartyId)).toContain('customer');
      expect(rolesOf(e.providerPartyId)).toContain('provider');
      for (const s of e.securityServices)
        expect(rolesOf(s.vendorPartyId)).toContain('securityVendor');
    }
    // Every party takes part in some engagement.
    const used = new Set(
      w.engagements.flatMap((e) => [
        e.customerPartyId,
        e.providerPartyId,
        ...e.securityServices.map((s) => s.vendorPartyId),
      ]),
    );
    expect(w.parties.filter((p) => !used.has(p.id))).toEqual([]);
  });

  it.each(TEMPLATE_IDS)('%s has unique ids and channels between its own parties', (id) => {
    const w = build(id);
    const ids = partyIds(w);
    const channelIds = w.channels.map((c) => c.id);
    expect(new Set(channelIds).size).toBe(channelIds.length);
    const serviceIds = w.engagements.flatMap((e) => [
      ...e.securityServices.map((s) => s.id),
      ...(e.operationsService ? [e.operationsService.id] : []),
    ]);
    expect(new Set(serviceIds).size).toBe(serviceIds.length);
    for (const c of w.channels) {
      expect(ids.has(c.fromPartyId) && ids.has(c.toPartyId)).toBe(true);
      expect(c.what && c.trigger && c.timeliness && c.medium).toBeTruthy();
    }
  });

  it.each([
    ['publicIaas', [['iaas', 'cloudService']]],
    ['publicSaas', [['saas', 'cloudService']]],
    ['privateCloud', [['iaas', 'softwareDelivery']]],
    ['governmentCloud', [['iaas', 'managedDelivery']]],
    [
      'multiCloud',
      [
        ['iaas', 'cloudService'],
        ['paas', 'softwareDelivery'],
      ],
    ],
    [
      'reseller',
      [
        ['iaas', 'cloudService'],
        ['saas', 'cloudService'],
      ],
    ],
  ] as const)('%s holds the scenarios of the report', (id, scenarios) => {
    expect(build(id).engagements.map((e) => [e.resourceService, e.mode])).toEqual(scenarios);
  });

  it('government cloud brings the operations service of managed delivery', () => {
    expect(build('governmentCloud').engagements[0]?.operationsService?.providerPartyId).toBe(
      'governmentCloud',
    );
  });

  it('multi-cloud has two providers and two security vendors', () => {
    const [a, b] = build('multiCloud').engagements;
    expect(a?.providerPartyId).not.toBe(b?.providerPartyId);
    expect(a?.securityServices[0]?.vendorPartyId).not.toBe(b?.securityServices[0]?.vendorPartyId);
  });

  it('reseller: one party is the customer of one engagement and the provider of another', () => {
    const [hosting, saas] = build('reseller').engagements;
    expect(hosting?.customerPartyId).toBe('softwareCompany');
    expect(saas?.providerPartyId).toBe('softwareCompany');
  });

  it('a template without its channels would be flagged, so the channels are what keeps it clean', () => {
    const w = build('multiCloud');
    const codes = checkWorkspace({ ...w, channels: [] }).map((f) => f.code);
    expect(codes).toContain('no-information-channel');
  });
});
