import { describe, expect, it } from 'vitest';
import {
  buildEngagement,
  buildOperationsService,
  buildSecurityService,
} from '../../tests/support/test-builders';
import { findRolePartyIds } from './role-parties';

const engagement = {
  ...buildEngagement({ customerPartyId: 'bank', providerPartyId: 'cloud' }),
  securityServices: [
    buildSecurityService({ id: 's1', vendorPartyId: 'shield' }),
    buildSecurityService({ id: 's2', vendorPartyId: 'cloud' }),
    buildSecurityService({ id: 's3', vendorPartyId: 'shield' }),
  ],
  operationsService: buildOperationsService({ id: 'ops', providerPartyId: 'opsco' }),
};

describe('findRolePartyIds', () => {
  it.each([
    ['customer', ['bank']],
    ['provider', ['cloud', 'opsco']],
    ['securityVendor', ['shield', 'cloud']],
  ] as const)('names the parties of the %s column, each once', (role, expected) => {
    expect(findRolePartyIds(engagement, role)).toEqual(expected);
  });

  it('names nobody where the engagement names no party', () => {
    expect(findRolePartyIds(buildEngagement(), 'provider')).toEqual([]);
  });
});
