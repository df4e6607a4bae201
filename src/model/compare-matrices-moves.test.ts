import { describe, expect, it } from 'vitest';
import { buildEngagement } from '../../tests/support/test-builders';
import { compareMatrices } from './compare-matrices';
import { summariseRowChanges } from './compare-matrices-moves';
import { deriveMatrix } from './derive-matrix';
import type { Engagement } from './workspace';

const changesOf = (a: Engagement, b: Engagement, compareParties = false) =>
  summariseRowChanges(
    compareMatrices(deriveMatrix(a, []), deriveMatrix(b, []), { compareParties }),
    { compareParties },
  );

describe('summariseRowChanges', () => {
  it.each<[string, Engagement, Engagement, string[]]>([
    [
      'public vs private IaaS: the facility owner moves from provider to customer',
      buildEngagement({ mode: 'cloudService' }),
      buildEngagement({ mode: 'softwareDelivery' }),
      ['facility: move owner·whole provider->customer'],
    ],
    [
      'IaaS vs PaaS: the boundary splits a layer the customer owned whole',
      buildEngagement({ resourceService: 'iaas' }),
      buildEngagement({ resourceService: 'paas' }),
      [
        'virtualization: gain provider owner·whole; loss customer owner·use; loss provider owner·service',
        'platformSoftware: gain customer owner·use; gain provider owner·service; loss customer owner·whole',
      ],
    ],
  ])('%s', (_name, a, b, expected) => {
    const words = changesOf(a, b).map((r) =>
      [
        ...r.moves.map((m) => `move ${m.duty.duty}·${m.duty.scope} ${m.from}->${m.to}`),
        ...r.gains.map((g) => `gain ${g.role} ${g.duty.duty}·${g.duty.scope}`),
        ...r.losses.map((l) => `loss ${l.role} ${l.duty.duty}·${l.duty.scope}`),
      ]
        .join('; ')
        .replace(/^/, `${r.row.key}: `),
    );
    expect(words).toEqual(expected);
  });

  it('reads another party in the same role as a change of party, when parties are compared', () => {
    const a = buildEngagement({ providerPartyId: 'cloud-a' });
    const b = buildEngagement({ providerPartyId: 'cloud-b' });
    const facility = changesOf(a, b, true).find((r) => r.row.key === 'facility');
    expect(facility?.partyChanges).toEqual([
      {
        duty: { duty: 'owner', scope: 'whole' },
        role: 'provider',
        fromPartyId: 'cloud-a',
        toPartyId: 'cloud-b',
      },
    ]);
    expect(facility?.moves).toEqual([]);
  });

  it('returns nothing when nothing differs', () => {
    expect(changesOf(buildEngagement(), buildEngagement())).toEqual([]);
  });
});
