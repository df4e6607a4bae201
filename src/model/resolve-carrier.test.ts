import { describe, expect, it } from 'vitest';
import type { MatrixRow } from './assignment';
import { createEngagement } from './create-workspace';
import { deriveBaseline } from './derive-baseline';
import { resolveCarrier } from './resolve-carrier';
import type { Engagement } from './workspace';

const engagement: Engagement = {
  ...createEngagement('e', '', { resourceService: 'paas', mode: 'managedDelivery' }),
  customerPartyId: 'bank',
  providerPartyId: 'cloud',
  operationsService: { id: 'e-ops', providerPartyId: 'cloud', layers: 'default' },
  securityServices: [
    { id: 's1', vendorPartyId: 'vendor-a', layers: 'default' },
    { id: 's2', vendorPartyId: 'vendor-b', layers: 'default' },
  ],
};
const rows = deriveBaseline(engagement).rows;
const row = (id: string): MatrixRow => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('resolveCarrier', () => {
  it.each([
    {
      what: 'a customer owner',
      rowId: 'businessData',
      role: 'customer',
      a: { duty: 'owner' },
      expected: { partyId: 'bank' },
    },
    {
      what: 'a provider owner',
      rowId: 'facility',
      role: 'provider',
      a: { duty: 'owner' },
      expected: { partyId: 'cloud' },
    },
    {
      what: 'a supporter via the named security service',
      rowId: 'businessData',
      role: 'securityVendor',
      a: { duty: 'supporter', via: 'securityService', serviceId: 's2' },
      expected: { serviceId: 's2', partyId: 'vendor-b' },
    },
    {
      what: 'a supporter via a security service, naming none',
      rowId: 'businessData',
      role: 'securityVendor',
      a: { duty: 'supporter', via: 'securityService' },
      expected: { serviceId: 's1', partyId: 'vendor-a' },
    },
    {
      what: 'a supporter via the operations service',
      rowId: 'facility',
      role: 'provider',
      a: { duty: 'supporter', via: 'opsService' },
      expected: { serviceId: 'e-ops', partyId: 'cloud' },
    },
    {
      what: 'a supporter with no service',
      rowId: 'facility',
      role: 'customer',
      a: { duty: 'supporter' },
      expected: {},
    },
    {
      what: "an owner of a security service's own row",
      rowId: 'securityService:s2',
      role: 'securityVendor',
      a: { duty: 'owner' },
      expected: { serviceId: 's2', partyId: 'vendor-b' },
    },
  ] as const)('finds who carries $what', ({ rowId, role, a, expected }) => {
    expect(resolveCarrier(engagement, row(rowId), role, a)).toEqual(expected);
  });
});
