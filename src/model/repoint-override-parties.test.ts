import { describe, expect, it } from 'vitest';
import {
  buildEngagement,
  buildOperationsService,
  buildParty,
  buildSecurityService,
  buildWorkspace,
} from '../../tests/support/test-builders';
import type { Assignment } from './assignment';
import {
  setEngagementParties,
  setOperationsProvider,
  setSecurityServiceVendor,
} from './edit-engagement-parties';
import type { Role } from './roles';
import type { Override, Workspace } from './workspace';

const PARTIES = ['bank', 'acme', 'cloud-a', 'cloud-b', 'shield', 'guard', 'opsco'].map((id) =>
  buildParty(id, ['customer', 'provider', 'securityVendor']),
);

const owner = (partyId: string): Assignment => ({
  duty: 'owner',
  scope: 'whole',
  partyId,
  basis: { source: 'override' },
});
const supporter = (partyId: string, via: 'securityService' | 'opsService', serviceId: string) =>
  ({
    duty: 'supporter',
    scope: 'use',
    via,
    serviceId,
    partyId,
    basis: { source: 'override' },
  }) as const;

function changed(role: Role, assignments: Assignment[], engagementId = 'e1'): Override {
  return { engagementId, rowId: 'businessData', role, assignments, reason: 'contract' };
}

function workspace(): Workspace {
  const engagement = (id: string) => ({
    ...buildEngagement({ id, customerPartyId: 'bank', providerPartyId: 'cloud-a' }),
    securityServices: [buildSecurityService({ id: 'sec', vendorPartyId: 'shield' })],
    operationsService: buildOperationsService({ id: 'ops', providerPartyId: 'opsco' }),
  });
  return buildWorkspace([engagement('e1'), engagement('e2')], {
    parties: PARTIES,
    overrides: [
      changed('customer', [owner('bank')]),
      changed('provider', [owner('cloud-a'), supporter('opsco', 'opsService', 'ops')]),
      changed('securityVendor', [supporter('shield', 'securityService', 'sec')]),
      changed('securityVendor', [supporter('shield', 'securityService', 'sec')], 'e2'),
      changed('provider', [owner('cloud-a')], 'e2'),
    ],
  });
}

function partiesOf(w: Workspace): string[][] {
  return w.overrides.map((o) => o.assignments.map((a) => a.partyId ?? '(column)'));
}

describe('changed cells follow a change of party', () => {
  it.each([
    [
      'a new customer',
      (w: Workspace) => setEngagementParties(w, 'e1', { customerPartyId: 'acme' }),
      [['acme'], ['cloud-a', 'opsco'], ['shield'], ['shield'], ['cloud-a']],
    ],
    [
      'a new provider (the other engagement keeps its own)',
      (w: Workspace) => setEngagementParties(w, 'e1', { providerPartyId: 'cloud-b' }),
      [['bank'], ['cloud-b', 'opsco'], ['shield'], ['shield'], ['cloud-a']],
    ],
    [
      'no provider named any more',
      (w: Workspace) => setEngagementParties(w, 'e1', { providerPartyId: null }),
      [['bank'], ['(column)', 'opsco'], ['shield'], ['shield'], ['cloud-a']],
    ],
    [
      'a new vendor of a service covering both engagements',
      (w: Workspace) => setSecurityServiceVendor(w, 'sec', 'guard'),
      [['bank'], ['cloud-a', 'opsco'], ['guard'], ['guard'], ['cloud-a']],
    ],
    [
      'a new operations provider',
      (w: Workspace) => setOperationsProvider(w, 'e1', 'cloud-b'),
      [['bank'], ['cloud-a', 'cloud-b'], ['shield'], ['shield'], ['cloud-a']],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(partiesOf(edit(workspace()))).toEqual(expected);
  });

  it('leaves the overrides alone when the party does not change', () => {
    const w = workspace();
    expect(setEngagementParties(w, 'e1', { customerPartyId: 'bank' })).toBe(w);
  });
});
