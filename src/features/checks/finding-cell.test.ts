import { describe, expect, it } from 'vitest';
import { createEngagement } from '@/model/create-workspace';
import { type FindingCode, type FindingLocation, makeFinding } from '@/model/findings';
import { findingCellRef } from './finding-cell';

const publicIaas = createEngagement('engagement-1', '', {
  resourceService: 'iaas',
  mode: 'cloudService',
});
const privateIaas = createEngagement('engagement-1', '', {
  resourceService: 'iaas',
  mode: 'softwareDelivery',
});

describe('findingCellRef', () => {
  it.each<[string, FindingCode, Omit<FindingLocation, 'engagementId'>, string | null]>([
    [
      'keeps the role a finding names',
      'override-without-reason',
      { rowId: 'facility', role: 'securityVendor' },
      'securityVendor',
    ],
    [
      'points business data at the customer',
      'data-not-customer',
      { rowId: 'businessData', layer: 'businessData' },
      'customer',
    ],
    [
      'points the facility baseline at the provider',
      'facility-not-provider',
      { rowId: 'facility', layer: 'facility' },
      'provider',
    ],
    [
      'points an uncovered layer on the service at the customer',
      'layer-uncovered',
      { rowId: 'businessData', layer: 'businessData' },
      'customer',
    ],
    [
      'points an uncovered layer under a public cloud at the provider',
      'layer-uncovered',
      { rowId: 'facility', layer: 'facility' },
      'provider',
    ],
    [
      'has no cell for a party without a channel',
      'no-information-channel',
      { partyId: 'p-1' },
      null,
    ],
  ])('%s', (_name, code, location, role) => {
    const ref = findingCellRef(
      makeFinding(code, { engagementId: 'engagement-1', ...location }),
      publicIaas,
    );
    expect(ref?.role ?? null).toBe(role);
    if (ref) expect(ref).toMatchObject({ engagementId: 'engagement-1', rowId: location.rowId });
  });

  it('points an uncovered layer under a private cloud at the customer, who controls it', () => {
    const finding = makeFinding('layer-uncovered', {
      engagementId: 'engagement-1',
      rowId: 'facility',
      layer: 'facility',
    });
    expect(findingCellRef(finding, privateIaas)?.role).toBe('customer');
  });
});
