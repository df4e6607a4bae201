import { describe, expect, it } from 'vitest';
import {
  buildAssignment,
  buildChannel,
  buildNamedWorkspace,
  buildOverride,
  buildParty,
  cellRef,
  findCell,
  PARTY,
} from '../../tests/support/test-builders';
import { deriveMatrix } from './derive-matrix';
import {
  addParty,
  findPartyRemovalEffects,
  removeParty,
  renameParty,
  setPartyRoles,
} from './edit-parties';
import type { Workspace } from './workspace';

const workspace = buildNamedWorkspace({ resourceService: 'iaas', mode: 'managedDelivery' });

describe('addParty, renameParty and setPartyRoles', () => {
  it('adds a party', () => {
    const auditor = buildParty('auditco', ['securityVendor']);
    expect(addParty(workspace, auditor).parties).toContainEqual(auditor);
  });

  it('does not add a party whose id is taken', () => {
    expect(addParty(workspace, buildParty(PARTY.vendor, ['provider']))).toBe(workspace);
  });

  it('renames only that party', () => {
    const renamed = renameParty(workspace, PARTY.provider, 'Cloud Co.');
    expect(renamed.parties.map((p) => p.name)).toEqual([PARTY.customer, 'Cloud Co.', PARTY.vendor]);
  });

  it('lets a provider also hold the security vendor role', () => {
    const next = setPartyRoles(workspace, PARTY.provider, ['provider', 'securityVendor']);
    expect(next.parties.find((p) => p.id === PARTY.provider)?.roles).toEqual([
      'provider',
      'securityVendor',
    ]);
  });
});

describe('removeParty', () => {
  const withOverride = {
    ...workspace,
    overrides: [
      buildOverride(cellRef('virtualization', 'provider'), [
        buildAssignment({ scope: 'service', partyId: PARTY.provider }),
        buildAssignment({ scope: 'use', partyId: 'opsco' }),
      ]),
    ],
    channels: [...workspace.channels, buildChannel(PARTY.customer, PARTY.provider)],
  };
  const removed = removeParty(withOverride, PARTY.provider);
  const [engagement] = removed.engagements;

  it('removes the party', () => {
    expect(removed.parties.map((p) => p.id)).toEqual([PARTY.customer, PARTY.vendor]);
  });

  it('unlinks the engagement and its operations service from the party, keeping the others', () => {
    expect(engagement).toMatchObject({
      customerPartyId: PARTY.customer,
      providerPartyId: null,
      operationsService: { providerPartyId: null },
      securityServices: [{ vendorPartyId: PARTY.vendor }],
    });
  });

  it('unlinks the security services from a removed vendor', () => {
    const [withoutVendor] = removeParty(workspace, PARTY.vendor).engagements;
    expect(withoutVendor?.securityServices.map((s) => s.vendorPartyId)).toEqual([null]);
  });

  it('keeps the roles in the matrix, unnamed', () => {
    if (!engagement) throw new Error('no engagement');
    expect(findCell(deriveMatrix(engagement, []), 'facility', 'provider').assignments).toEqual([
      expect.not.objectContaining({ partyId: expect.anything() }),
    ]);
  });

  it('stops overrides naming the party and keeps the other parties they name', () => {
    expect(removed.overrides[0]?.assignments.map((a) => a.partyId)).toEqual([undefined, 'opsco']);
    expect(removed.overrides[0]?.assignments[0]).not.toHaveProperty('partyId');
  });

  it('drops the channels from and to the party', () => {
    expect(removed.channels.map((c) => [c.fromPartyId, c.toPartyId])).toEqual([
      [PARTY.vendor, PARTY.customer],
    ]);
  });
});

describe('findPartyRemovalEffects', () => {
  const withDepartments: Workspace = {
    ...workspace,
    channels: [
      buildChannel(PARTY.vendor, PARTY.customer),
      buildChannel(PARTY.customer, PARTY.vendor),
    ],
    departments: [
      { id: 'sec', partyId: PARTY.customer, kind: 'security', name: '' },
      { id: 'dev', partyId: PARTY.customer, kind: 'development', name: '' },
    ],
    raci: [
      {
        ...cellRef('businessData', 'customer'),
        role: 'customer',
        departmentId: 'sec',
        letters: ['responsible'],
      },
    ],
  };

  it.each([
    [PARTY.customer, { engagements: 1, channels: 2, departments: 2, raci: 1 }],
    [PARTY.vendor, { engagements: 1, channels: 2, departments: 0, raci: 0 }],
    ['nobody', { engagements: 0, channels: 0, departments: 0, raci: 0 }],
  ])('counts what goes with %s', (partyId, effects) => {
    expect(findPartyRemovalEffects(withDepartments, partyId)).toEqual(effects);
  });
});
