import { describe, expect, it } from 'vitest';
import { findContractGaps } from './contract-gaps';
import { createWorkspace } from './create-workspace';
import type { Workspace } from './workspace';

const empty = createWorkspace({ resourceService: 'iaas', mode: 'cloudService' });
const complete: Workspace = {
  ...empty,
  contract: { title: 'Cloud contract', version: '1', date: '2026-01-05', notes: '' },
  parties: [
    { id: 'bank', name: 'Bank', roles: ['customer'] },
    { id: 'cloud', name: 'Cloud', roles: ['provider'] },
  ],
  engagements: empty.engagements.map((e) => ({
    ...e,
    customerPartyId: 'bank',
    providerPartyId: 'cloud',
  })),
};

describe('findContractGaps', () => {
  it('finds nothing missing in a named, dated contract with both parties', () => {
    expect(findContractGaps(complete)).toEqual([]);
  });

  it.each([
    [
      'an empty title',
      { ...complete, contract: { ...complete.contract, title: ' ' } },
      { code: 'contract-title-empty' },
    ],
    [
      'an empty date',
      { ...complete, contract: { ...complete.contract, date: '' } },
      { code: 'contract-date-empty' },
    ],
    [
      'an unnamed party',
      { ...complete, parties: [...complete.parties, { id: 'p3', name: '', roles: [] }] },
      { code: 'party-unnamed', partyId: 'p3' },
    ],
    [
      'an engagement without its customer party',
      {
        ...complete,
        engagements: complete.engagements.map((e) => ({ ...e, customerPartyId: null })),
      },
      { code: 'engagement-without-customer', engagementId: 'engagement-1' },
    ],
    [
      'an engagement without its provider party',
      {
        ...complete,
        engagements: complete.engagements.map((e) => ({ ...e, providerPartyId: null })),
      },
      { code: 'engagement-without-provider', engagementId: 'engagement-1' },
    ],
    [
      'an open error of the checks',
      {
        ...complete,
        overrides: [
          {
            engagementId: 'engagement-1',
            rowId: 'businessData',
            role: 'customer' as const,
            assignments: [],
            reason: 'test',
          },
        ],
      },
      { code: 'open-errors', count: 2 },
    ],
  ] as const)('reports %s', (_name, workspace, gap) => {
    expect(findContractGaps(workspace as Workspace)).toContainEqual(gap);
  });
});
