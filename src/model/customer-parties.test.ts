import { describe, expect, it } from 'vitest';
import { buildNamedWorkspace, PARTY } from '../../tests/support/test-builders';
import { findCustomerParties, findEngagementsAsCustomer } from './customer-parties';

describe('findCustomerParties', () => {
  const base = buildNamedWorkspace({ resourceService: 'iaas', mode: 'cloudService' });
  it.each([
    ['the party holding the customer role', base, [PARTY.customer]],
    [
      'a party named as an engagement’s customer without the role',
      {
        ...base,
        parties: base.parties.map((p) => (p.id === PARTY.customer ? { ...p, roles: [] } : p)),
      },
      [PARTY.customer],
    ],
    [
      'a provider that is also a customer',
      {
        ...base,
        parties: base.parties.map((p) =>
          p.id === PARTY.provider ? { ...p, roles: ['provider', 'customer'] as const } : p,
        ),
      },
      [PARTY.customer, PARTY.provider],
    ],
  ])('finds %s', (_name, workspace, expected) => {
    expect(findCustomerParties(workspace).map((p) => p.id)).toEqual(expected);
  });

  it('lists the engagements where a party is the customer', () => {
    expect(findEngagementsAsCustomer(base, PARTY.customer).map((e) => e.id)).toEqual([
      'engagement-1',
    ]);
    expect(findEngagementsAsCustomer(base, PARTY.provider)).toEqual([]);
  });
});
