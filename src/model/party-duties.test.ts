import { describe, expect, it } from 'vitest';
import {
  buildAssignment,
  buildEngagement,
  buildOperationsService,
  buildOverride,
  buildParty,
  buildSecurityService,
  buildWorkspace,
  cellRef,
} from '../../tests/support/test-builders';
import { deriveMatrix } from './derive-matrix';
import {
  type BaselineReason,
  countPartyDuties,
  findCarrierParty,
  listDutiesByParty,
  listPartyDuties,
  type PartyDutyGroup,
} from './party-duties';
import { ROLES, type Role } from './roles';
import type { Engagement, Workspace } from './workspace';

// Two engagements: CloudCo is provider (and runs operations) of the first and customer of the second,
// where it also buys a security service from ShieldCo; Bank is the first engagement's customer.
const publicIaas: Engagement = buildEngagement({
  id: 'e1',
  resourceService: 'iaas',
  mode: 'cloudService',
  customerPartyId: 'bank',
  providerPartyId: 'cloudco',
  securityServices: [buildSecurityService({ id: 's1', vendorPartyId: 'cloudco' })],
  operationsService: buildOperationsService({ id: 'ops', providerPartyId: 'cloudco' }),
});
const privateSaas: Engagement = buildEngagement({
  id: 'e2',
  resourceService: 'saas',
  mode: 'softwareDelivery',
  customerPartyId: 'cloudco',
  providerPartyId: 'softco',
  securityServices: [buildSecurityService({ id: 's2', vendorPartyId: 'shieldco' })],
});

function workspace(patch: Partial<Workspace> = {}): Workspace {
  return buildWorkspace([publicIaas, privateSaas], {
    parties: ['bank', 'cloudco', 'softco', 'shieldco', 'idle'].map((id) =>
      buildParty(id, ['customer']),
    ),
    ...patch,
  });
}

/** Each line as `engagement row role duty·scope[·via]`, in list order. */
function summarise(groups: readonly PartyDutyGroup[]): string[] {
  return groups.flatMap((group) =>
    group.lines.map(({ row, role, assignment: a }) =>
      [
        group.engagement.id,
        row.id,
        role,
        [a.duty, a.scope, ...(a.via ? [a.via] : [])].join('·'),
      ].join(' '),
    ),
  );
}

describe('listPartyDuties', () => {
  it.each([
    {
      what: 'a provider that is also security vendor and ops provider, and a customer elsewhere',
      party: 'cloudco',
      expected: [
        'e1 businessData securityVendor supporter·whole·securityService',
        'e1 applicationSoftware securityVendor supporter·whole·securityService',
        'e1 platformSoftware securityVendor supporter·whole·securityService',
        'e1 virtualization provider owner·service',
        'e1 virtualization provider supporter·use·opsService',
        'e1 virtualization securityVendor supporter·use·securityService',
        'e1 facility provider owner·whole',
        'e1 securityService:s1 securityVendor owner·service',
        'e1 opsService:ops provider owner·service',
        'e2 businessData customer owner·whole',
        'e2 applicationSoftware customer owner·use',
        'e2 platformSoftware customer owner·whole',
        'e2 virtualization customer owner·whole',
        'e2 facility customer owner·whole',
      ],
    },
    {
      what: 'a customer only',
      party: 'bank',
      expected: [
        'e1 businessData customer owner·whole',
        'e1 applicationSoftware customer owner·whole',
        'e1 platformSoftware customer owner·whole',
        'e1 virtualization customer owner·use',
      ],
    },
    {
      what: 'a security vendor of one engagement',
      party: 'shieldco',
      expected: [
        'e2 businessData securityVendor supporter·whole·securityService',
        'e2 applicationSoftware securityVendor supporter·use·securityService',
        'e2 platformSoftware securityVendor supporter·whole·securityService',
        'e2 virtualization securityVendor supporter·whole·securityService',
        'e2 facility securityVendor supporter·whole·securityService',
        'e2 securityService:s2 securityVendor owner·service',
      ],
    },
    { what: 'a party no engagement names', party: 'idle', expected: [] },
    { what: 'an id the workspace does not know', party: 'nobody', expected: [] },
  ])('lists the duties of $what', ({ party, expected }) => {
    expect(summarise(listPartyDuties(workspace(), party))).toEqual(expected);
  });

  it('gives the columns a party carries in each engagement, in matrix order', () => {
    const groups = listPartyDuties(workspace(), 'cloudco');
    expect(groups.map((g) => [g.engagement.id, g.index, g.roles])).toEqual([
      ['e1', 0, ['provider', 'securityVendor']],
      ['e2', 1, ['customer']],
    ]);
  });

  it.each<{ rowId: string; role: Role; party: string; rule: BaselineReason }>([
    { rowId: 'facility', role: 'provider', party: 'cloudco', rule: 'providerRunsUnder' },
    { rowId: 'facility', role: 'customer', party: 'cloudco', rule: 'customerRunsUnder' },
    { rowId: 'virtualization', role: 'customer', party: 'bank', rule: 'usesService' },
    { rowId: 'businessData', role: 'customer', party: 'bank', rule: 'ownsOnService' },
    {
      rowId: 'securityService:s2',
      role: 'securityVendor',
      party: 'shieldco',
      rule: 'assuranceService',
    },
    { rowId: 'businessData', role: 'securityVendor', party: 'shieldco', rule: 'securitySupport' },
  ])('gives the baseline rule $rule for $party on $rowId', ({ rowId, role, party, rule }) => {
    const lines = listPartyDuties(workspace(), party).flatMap((g) => g.lines);
    const line = lines.find((l) => l.row.id === rowId && l.role === role);
    expect(line?.reason).toEqual({ kind: 'baseline', rule });
    expect(line?.changed).toBe(false);
  });

  it.each([
    { what: 'the provider owner of the boundary layer', duty: 'owner', rule: 'deliversService' },
    { what: 'the operations supporter', duty: 'supporter', rule: 'opsSupport' },
  ])('gives $what its rule', ({ duty, rule }) => {
    const lines = listPartyDuties(workspace(), 'cloudco')[0]?.lines ?? [];
    const line = lines.find(
      (l) => l.row.id === 'virtualization' && l.role === 'provider' && l.assignment.duty === duty,
    );
    expect(line?.reason).toEqual({ kind: 'baseline', rule });
  });

  it('gives a changed cell the contract’s reason and the baseline it replaced', () => {
    const ref = cellRef('businessData', 'provider', 'e1');
    const changed = workspace({
      overrides: [
        buildOverride(ref, [buildAssignment({ via: 'opsService' })], '  Backups per annex B '),
      ],
    });
    const line = listPartyDuties(changed, 'cloudco')[0]?.lines.find(
      (l) => l.row.id === 'businessData' && l.role === 'provider',
    );
    expect(line).toMatchObject({
      changed: true,
      baseline: [],
      reason: { kind: 'override', text: 'Backups per annex B' },
      assignment: { duty: 'supporter', via: 'opsService', basis: { source: 'override' } },
    });
  });

  it('drops a duty the contract took away, keeping the baseline out of the list', () => {
    const ref = cellRef('facility', 'provider', 'e1');
    const changed = workspace({ overrides: [buildOverride(ref, [])] });
    const rows = listPartyDuties(changed, 'cloudco')[0]?.lines.map((l) => l.row.id);
    expect(rows).not.toContain('facility');
  });

  it('follows the party an assignment names over the one the engagement names', () => {
    const ref = cellRef('facility', 'provider', 'e1');
    const named = workspace({
      overrides: [buildOverride(ref, [buildAssignment({ partyId: 'softco' })])],
    });
    expect(summarise(listPartyDuties(named, 'softco'))).toContain(
      'e1 facility provider owner·whole',
    );
    expect(summarise(listPartyDuties(named, 'cloudco'))).not.toContain(
      'e1 facility provider owner·whole',
    );
  });

  it('finds the carrier of an entered assignment without a party from the engagement', () => {
    const ref = cellRef('businessData', 'securityVendor', 'e2');
    const entered = workspace({
      overrides: [
        buildOverride(ref, [buildAssignment({ via: 'securityService', scope: 'use' })], 'scoped'),
      ],
    });
    const lines = listPartyDuties(entered, 'shieldco')[0]?.lines ?? [];
    expect(lines[0]).toMatchObject({ changed: true, reason: { kind: 'override', text: 'scoped' } });
  });

  it('lists nothing for an engagement whose parties are not named', () => {
    const unnamed = buildWorkspace([buildEngagement()], {
      parties: [buildParty('p', ['provider'])],
    });
    expect(listPartyDuties(unnamed, 'p')).toEqual([]);
  });
});

describe('countPartyDuties', () => {
  it.each([
    { party: 'cloudco', expected: { owner: 9, supporter: 5, engagements: 2 } },
    { party: 'shieldco', expected: { owner: 1, supporter: 5, engagements: 1 } },
    { party: 'idle', expected: { owner: 0, supporter: 0, engagements: 0 } },
  ])('counts the duties of $party', ({ party, expected }) => {
    expect(countPartyDuties(listPartyDuties(workspace(), party))).toEqual(expected);
  });
});

describe('listDutiesByParty', () => {
  it('puts every carried assignment in exactly one party’s list, and none that nobody carries', () => {
    const ws = workspace();
    const byParty = listDutiesByParty(ws);
    const expected = new Map<string, string[]>();
    for (const engagement of ws.engagements) {
      for (const row of deriveMatrix(engagement, []).rows) {
        for (const role of ROLES) {
          for (const a of row.cells[role].assignments) {
            const party = findCarrierParty(engagement, row, role, a);
            if (party === undefined) continue;
            const line = [engagement.id, row.id, role, a.duty, a.scope, a.via ?? ''].join(' ');
            expected.set(party, [...(expected.get(party) ?? []), line]);
          }
        }
      }
    }
    const listed = new Map(
      [...byParty].map(([party, groups]) => [
        party,
        groups.flatMap((group) =>
          group.lines.map(({ row, role, assignment: a }) =>
            [group.engagement.id, row.id, role, a.duty, a.scope, a.via ?? ''].join(' '),
          ),
        ),
      ]),
    );
    expect([...listed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [party, lines] of expected)
      expect([...(listed.get(party) ?? [])].sort()).toEqual([...lines].sort());
    expect(byParty.has('idle')).toBe(false);
  });
});
