import { describe, expect, it } from 'vitest';
import type { AssetLayer } from '@/model/asset-layers';
import type { Scenario } from '@/model/assurance-scope';
import { createEngagement } from '@/model/create-workspace';
import { deriveBaseline } from '@/model/derive-baseline';
import { deriveMatrix } from '@/model/derive-matrix';
import type { Engagement } from '@/model/workspace';
import { deriveLayerBands, type LayerBand } from './layer-bands';

function bandsOf(scenario: Scenario, patch: Partial<Engagement> = {}): LayerBand[] {
  return deriveLayerBands(deriveBaseline({ ...createEngagement('e1', '', scenario), ...patch }));
}

function band(bands: readonly LayerBand[], layer: AssetLayer): LayerBand | undefined {
  return bands.find((b) => b.layer === layer);
}

const security = {
  securityServices: [{ id: 's1', vendorPartyId: null, layers: 'default' as const }],
};

describe('deriveLayerBands', () => {
  it('lists the five layers business data first and facility last, as the report draws them', () => {
    const layers = bandsOf({ resourceService: 'iaas', mode: 'cloudService' }).map((b) => b.layer);
    expect(layers).toEqual([
      'businessData',
      'applicationSoftware',
      'platformSoftware',
      'virtualization',
      'facility',
    ]);
  });

  it.each([
    ['iaas', 'cloudService', 'facility', [{ role: 'provider', scope: 'whole' }]],
    ['iaas', 'softwareDelivery', 'facility', [{ role: 'customer', scope: 'whole' }]],
    ['saas', 'managedDelivery', 'facility', [{ role: 'customer', scope: 'whole' }]],
    [
      'iaas',
      'cloudService',
      'virtualization',
      [
        { role: 'provider', scope: 'service' },
        { role: 'customer', scope: 'use' },
      ],
    ],
    [
      'paas',
      'softwareDelivery',
      'platformSoftware',
      [
        { role: 'provider', scope: 'service' },
        { role: 'customer', scope: 'use' },
      ],
    ],
    ['saas', 'cloudService', 'businessData', [{ role: 'customer', scope: 'whole' }]],
  ] as const)('gives %s in %s the %s owners %j', (resourceService, mode, layer, owners) => {
    const found = band(bandsOf({ resourceService, mode }), layer);
    expect(found?.owners).toEqual(owners);
    expect(found?.covered).toBe(true);
    expect(found?.changed).toBe(false);
  });

  it.each([
    [
      'iaas',
      'cloudService',
      'virtualization',
      [{ role: 'securityVendor', scope: 'use', via: 'securityService' }],
    ],
    ['iaas', 'cloudService', 'facility', []],
    [
      'iaas',
      'softwareDelivery',
      'virtualization',
      [{ role: 'securityVendor', scope: 'use', via: 'securityService' }],
    ],
    [
      'paas',
      'managedDelivery',
      'facility',
      [
        { role: 'provider', scope: 'whole', via: 'opsService' },
        { role: 'securityVendor', scope: 'whole', via: 'securityService' },
      ],
    ],
    [
      'paas',
      'managedDelivery',
      'platformSoftware',
      [
        { role: 'provider', scope: 'use', via: 'opsService' },
        { role: 'securityVendor', scope: 'use', via: 'securityService' },
      ],
    ],
  ] as const)(
    'gives %s in %s with a security service the %s supporters %j',
    (resourceService, mode, layer, supporters) => {
      expect(band(bandsOf({ resourceService, mode }, security), layer)?.supporters).toEqual(
        supporters,
      );
    },
  );

  it('names a role and its service once when two security services support the same layer', () => {
    const two = {
      securityServices: [
        { id: 's1', vendorPartyId: null, layers: 'default' as const },
        { id: 's2', vendorPartyId: null, layers: 'default' as const },
      ],
    };
    const data = band(
      bandsOf({ resourceService: 'iaas', mode: 'cloudService' }, two),
      'businessData',
    );
    expect(data?.supporters).toHaveLength(1);
  });

  it('shows what an override says and marks the layer as changed and uncovered', () => {
    const engagement = createEngagement('e1', '', {
      resourceService: 'iaas',
      mode: 'cloudService',
    });
    const matrix = deriveMatrix(engagement, [
      { engagementId: 'e1', rowId: 'facility', role: 'provider', assignments: [], reason: '' },
    ]);
    const facility = band(deriveLayerBands(matrix), 'facility');
    expect(facility).toMatchObject({ owners: [], covered: false, changed: true });
  });
});
