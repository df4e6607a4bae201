import { describe, expect, it } from 'vitest';
import { BASELINE_TABLE } from '../../tests/fixtures/baseline-table';
import { ALL_SCENARIOS } from '../../tests/support/test-builders';
import { ASSET_LAYERS } from './asset-layers';
import {
  canSupportLayer,
  deriveCoverage,
  deriveDefaultCoverage,
  isOperationsServiceOffered,
} from './assurance-scope';

describe('isOperationsServiceOffered', () => {
  it.each([
    { mode: 'cloudService', offered: true },
    { mode: 'softwareDelivery', offered: false },
    { mode: 'managedDelivery', offered: true },
  ] as const)('is $offered in $mode', ({ mode, offered }) => {
    expect(isOperationsServiceOffered(mode)).toBe(offered);
  });
});

describe('canSupportLayer', () => {
  it.each(BASELINE_TABLE)(
    'lets the security service support $layer in $resourceService / $mode exactly where the customer owns it',
    ({ resourceService, mode, layer, cells }) => {
      const customerOwns = cells.customer.some((a) => a.duty === 'owner');
      expect(canSupportLayer('securityService', { resourceService, mode }, layer)).toBe(
        customerOwns,
      );
    },
  );

  it.each([
    { resourceService: 'iaas', mode: 'cloudService', layers: ['virtualization'] },
    { resourceService: 'saas', mode: 'cloudService', layers: ['applicationSoftware'] },
    { resourceService: 'paas', mode: 'softwareDelivery', layers: [] },
    { resourceService: 'iaas', mode: 'managedDelivery', layers: ['facility', 'virtualization'] },
    {
      resourceService: 'paas',
      mode: 'managedDelivery',
      layers: ['facility', 'virtualization', 'platformSoftware'],
    },
  ] as const)(
    'lets the operations service support $layers in $resourceService / $mode',
    ({ layers, ...scenario }) => {
      expect(
        ASSET_LAYERS.filter((layer) => canSupportLayer('opsService', scenario, layer)),
      ).toEqual(layers);
    },
  );
});

describe('deriveDefaultCoverage', () => {
  it.each(ALL_SCENARIOS)(
    'covers every layer the customer owns, the facility included where it owns it, with a security service in $resourceService / $mode',
    (scenario) => {
      const customerOwned = BASELINE_TABLE.filter(
        (row) =>
          row.resourceService === scenario.resourceService &&
          row.mode === scenario.mode &&
          row.cells.customer.some((a) => a.duty === 'owner'),
      ).map((row) => row.layer);
      expect(deriveDefaultCoverage('securityService', scenario)).toEqual(customerOwned);
    },
  );

  it.each([
    { resourceService: 'iaas', mode: 'cloudService', layers: ['virtualization'] },
    { resourceService: 'paas', mode: 'cloudService', layers: ['platformSoftware'] },
    { resourceService: 'saas', mode: 'softwareDelivery', layers: [] },
    {
      resourceService: 'saas',
      mode: 'managedDelivery',
      layers: ['facility', 'virtualization', 'platformSoftware', 'applicationSoftware'],
    },
  ] as const)(
    'covers $layers with an operations service in $resourceService / $mode',
    ({ layers, ...scenario }) => {
      expect(deriveDefaultCoverage('opsService', scenario)).toEqual(layers);
    },
  );
});

describe('deriveCoverage', () => {
  const scenario = { resourceService: 'iaas', mode: 'cloudService' } as const;

  it('resolves the default', () => {
    expect(deriveCoverage('securityService', scenario, 'default')).toEqual(
      deriveDefaultCoverage('securityService', scenario),
    );
  });

  it('keeps the layers the user chose, bottom to top, even where the table allows no support', () => {
    expect(
      deriveCoverage('securityService', scenario, ['businessData', 'facility', 'businessData']),
    ).toEqual(['facility', 'businessData']);
  });

  it('covers nothing when the user chose no layer', () => {
    expect(deriveCoverage('opsService', scenario, [])).toEqual([]);
  });
});
