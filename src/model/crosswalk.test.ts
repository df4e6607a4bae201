import { describe, expect, it } from 'vitest';
import {
  buildAssignment,
  buildAssuredEngagement,
  findRow,
} from '../../tests/support/test-builders';
import type { Assignment, MatrixRow } from './assignment';
import { CROSSWALK_RULES, deriveCrosswalk } from './crosswalk';
import { deriveMatrix } from './derive-matrix';
import { ROLES, type Role } from './roles';

const OWNER = buildAssignment({ duty: 'owner', scope: 'whole' });
const SUPPORTER = buildAssignment({ via: 'securityService', scope: 'whole' });

function rowWith(duties: Partial<Record<Role, readonly Assignment[]>>): MatrixRow {
  const cells = Object.fromEntries(
    ROLES.map((role) => {
      const assignments = duties[role] ?? [];
      return [role, { role, assignments, baseline: assignments, overridden: false, reason: '' }];
    }),
  ) as MatrixRow['cells'];
  return { id: 'facility', kind: 'layer', layer: 'facility', cells };
}

describe('deriveCrosswalk (domain §9)', () => {
  it.each([
    ['provider only', { provider: [OWNER] }, 'CSP-owned', 'Yes', 'Provider', false],
    ['customer only', { customer: [OWNER] }, 'CSC-owned', 'No', 'Customer', false],
    [
      'provider and customer',
      { provider: [OWNER], customer: [OWNER] },
      'Shared CSP and CSC',
      'Partial',
      'Shared',
      false,
    ],
    [
      'provider and security vendor',
      { provider: [OWNER], securityVendor: [OWNER] },
      'Shared CSP and 3rd-party',
      'Partial',
      'Shared',
      false,
    ],
    [
      'security vendor only',
      { securityVendor: [OWNER] },
      '3rd-party outsourced',
      'No',
      'Third party',
      false,
    ],
    [
      'customer and security vendor',
      { customer: [OWNER], securityVendor: [OWNER] },
      'CSC-owned',
      'No',
      'Customer',
      true,
    ],
    [
      'all three [derived]',
      { customer: [OWNER], provider: [OWNER], securityVendor: [OWNER] },
      'Shared CSP and CSC',
      'Partial',
      'Shared',
      true,
    ],
    [
      'customer owning, vendor supporting',
      { customer: [OWNER], securityVendor: [SUPPORTER] },
      'CSC-owned',
      'No',
      'Customer',
      false,
    ],
  ] as const)('maps %s', (_name, duties, ccm, fedramp, shared, thirdPartySupport) => {
    expect(deriveCrosswalk(rowWith(duties))).toEqual({ ccm, fedramp, shared, thirdPartySupport });
  });

  it('gives nothing for a row without an owner, even with supporters', () => {
    expect(deriveCrosswalk(rowWith({}))).toBeUndefined();
    expect(deriveCrosswalk(rowWith({ securityVendor: [SUPPORTER] }))).toBeUndefined();
  });

  it.each([
    ['facility', 'CSP-owned'],
    ['virtualization', 'Shared CSP and CSC'],
    ['businessData', 'CSC-owned'],
  ] as const)('reads the IaaS cloud-service baseline row %s as %s', (rowId, ccm) => {
    const engagement = buildAssuredEngagement({ resourceService: 'iaas', mode: 'cloudService' });
    const row = findRow(deriveMatrix(engagement, []), rowId);
    expect(deriveCrosswalk(row)?.ccm).toBe(ccm);
  });
});

describe('CROSSWALK_RULES', () => {
  it('lists every owner set with a reading, each giving back its own crosswalk', () => {
    expect(CROSSWALK_RULES).toHaveLength(7);
    for (const { owners, crosswalk } of CROSSWALK_RULES) {
      const duties = Object.fromEntries(owners.map((role) => [role, [OWNER]]));
      expect(deriveCrosswalk(rowWith(duties))).toEqual(crosswalk);
    }
  });
});
