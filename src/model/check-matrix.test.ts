import { describe, expect, it } from 'vitest';
import {
  ALL_SCENARIOS,
  buildAssignment,
  buildAssuredEngagement,
  buildEngagement,
  buildOperationsService,
  buildOverride,
  buildSecurityService,
  cellRef,
} from '../../tests/support/test-builders';
import { ASSET_LAYERS, type AssetLayer } from './asset-layers';
import { checkMatrix } from './check-matrix';
import { deriveMatrix } from './derive-matrix';
import { assuranceRowId } from './matrix-row-id';
import type { Engagement, Override } from './workspace';

function check(engagement: Engagement, overrides: readonly Override[] = []) {
  return checkMatrix(engagement, deriveMatrix(engagement, overrides));
}

const at = (layer: AssetLayer) => ({
  engagementId: 'engagement-1',
  rowId: layer,
  layer,
});

const ownerWhole = buildAssignment({ duty: 'owner', scope: 'whole' });

describe('checkMatrix on the baseline', () => {
  it.each(
    ALL_SCENARIOS.flatMap((scenario) => [
      {
        ...scenario,
        services: 'with assurance services',
        engagement: buildAssuredEngagement(scenario),
      },
      {
        ...scenario,
        services: 'without assurance services',
        engagement: buildEngagement(scenario),
      },
    ]),
  )('finds nothing in $resourceService / $mode $services', ({ engagement }) => {
    expect(check(engagement)).toEqual([]);
  });
});

describe('layer-uncovered (shared purpose)', () => {
  it('fires as an error when the boundary layer loses the owner of its secure use', () => {
    const findings = check(buildEngagement(), [
      buildOverride(cellRef('virtualization', 'customer'), []),
    ]);
    expect(findings).toEqual([
      {
        code: 'layer-uncovered',
        principle: 'sharedPurpose',
        severity: 'error',
        ...at('virtualization'),
      },
    ]);
  });
});

describe('data-not-customer (reasonable responsibility)', () => {
  it('fires as an error when business data is handed to the provider, even with a reason', () => {
    const findings = check(buildEngagement(), [
      buildOverride(cellRef('businessData', 'customer'), []),
      buildOverride(cellRef('businessData', 'provider'), [ownerWhole]),
    ]);
    expect(findings).toEqual([
      {
        code: 'data-not-customer',
        principle: 'reasonableResponsibility',
        severity: 'error',
        ...at('businessData'),
      },
    ]);
  });
});

describe('facility-not-provider (reasonable responsibility)', () => {
  it.each([
    { who: 'the customer owns it instead', provider: [] },
    { who: 'the customer co-owns it with the provider', provider: [ownerWhole] },
  ])('fires as a warning in cloud-service mode when $who', ({ provider }) => {
    const findings = check(buildEngagement({ mode: 'cloudService' }), [
      buildOverride(cellRef('facility', 'provider'), provider),
      buildOverride(cellRef('facility', 'customer'), [ownerWhole]),
    ]);
    expect(findings).toEqual([
      {
        code: 'facility-not-provider',
        principle: 'reasonableResponsibility',
        severity: 'warning',
        ...at('facility'),
      },
    ]);
  });

  it.each(['softwareDelivery', 'managedDelivery'] as const)(
    'stays quiet in %s, where the customer owns the facility',
    (mode) => {
      expect(check(buildEngagement({ mode }))).toEqual([]);
    },
  );
});

describe('supporter-without-service (maximised strengths)', () => {
  const securityOn = (serviceId?: string) =>
    buildAssignment({ duty: 'supporter', via: 'securityService', serviceId });

  it.each([
    {
      when: 'the supporter names no service',
      engagement: buildEngagement(),
      override: buildOverride(cellRef('businessData', 'securityVendor'), [
        buildAssignment({ duty: 'supporter' }),
      ]),
      layer: 'businessData',
    },
    {
      when: 'the engagement has no such security service',
      engagement: buildEngagement(),
      override: buildOverride(cellRef('businessData', 'securityVendor'), [securityOn('gone')]),
      layer: 'businessData',
    },
    {
      when: 'the named service was not bought for that layer',
      engagement: buildEngagement({
        securityServices: [buildSecurityService({ layers: ['businessData'] })],
      }),
      override: buildOverride(cellRef('applicationSoftware', 'securityVendor'), [
        securityOn('security-1'),
      ]),
      layer: 'applicationSoftware',
    },
    {
      when: 'the operations service is not offered in software delivery',
      engagement: buildEngagement({
        mode: 'softwareDelivery',
        operationsService: buildOperationsService(),
      }),
      override: buildOverride(cellRef('virtualization', 'provider'), [
        buildAssignment({ duty: 'owner', scope: 'service' }),
        buildAssignment({ duty: 'supporter', scope: 'use', via: 'opsService', serviceId: 'ops-1' }),
      ]),
      layer: 'virtualization',
    },
  ] as const)('fires as an error on the cell when $when', ({ engagement, override, layer }) => {
    expect(check(engagement, [override])).toEqual([
      {
        code: 'supporter-without-service',
        principle: 'maximisedStrengths',
        severity: 'error',
        ...at(layer),
        role: override.role,
      },
    ]);
  });

  it('stays quiet when the supporter names a service that covers the layer', () => {
    const engagement = buildEngagement({ securityServices: [buildSecurityService()] });
    const override = buildOverride(cellRef('businessData', 'securityVendor'), [
      securityOn('security-1'),
      securityOn(),
    ]);
    expect(check(engagement, [override])).toEqual([]);
  });
});

describe('supporter-outside-customer-duty (maximised strengths)', () => {
  it('fires as a warning when a supporter sits on the facility the provider owns in cloud-service mode', () => {
    const engagement = buildEngagement({
      securityServices: [buildSecurityService({ layers: [...ASSET_LAYERS] })],
    });
    const override = buildOverride(cellRef('facility', 'securityVendor'), [
      buildAssignment({ duty: 'supporter', via: 'securityService', serviceId: 'security-1' }),
    ]);
    expect(check(engagement, [override])).toEqual([
      {
        code: 'supporter-outside-customer-duty',
        principle: 'maximisedStrengths',
        severity: 'warning',
        ...at('facility'),
      },
    ]);
  });

  it('fires when the customer loses its duty under a supporter of the baseline', () => {
    const engagement = buildAssuredEngagement({ resourceService: 'iaas', mode: 'cloudService' });
    const findings = check(engagement, [
      buildOverride(cellRef('businessData', 'customer'), []),
      buildOverride(cellRef('businessData', 'provider'), [ownerWhole]),
    ]);
    expect(findings.map((f) => f.code)).toEqual([
      'data-not-customer',
      'supporter-outside-customer-duty',
    ]);
  });
});

describe('override-without-reason (reasonable responsibility)', () => {
  const widerProvider = buildAssignment({ duty: 'owner', scope: 'whole' });

  it.each([
    { reason: '', shown: 'empty' },
    { reason: '   ', shown: 'blank' },
  ])('fires as a warning on a changed cell whose reason is $shown', ({ reason }) => {
    const override = buildOverride(cellRef('virtualization', 'provider'), [widerProvider], reason);
    expect(check(buildEngagement(), [override])).toEqual([
      {
        code: 'override-without-reason',
        principle: 'reasonableResponsibility',
        severity: 'warning',
        ...at('virtualization'),
        role: 'provider',
      },
    ]);
  });

  it('fires on an assurance row with the row and role but no layer', () => {
    const engagement = buildEngagement({ securityServices: [buildSecurityService()] });
    const rowId = assuranceRowId('securityService', 'security-1');
    const override = buildOverride(cellRef(rowId, 'customer'), [ownerWhole], '');
    expect(check(engagement, [override])).toEqual([
      {
        code: 'override-without-reason',
        principle: 'reasonableResponsibility',
        severity: 'warning',
        engagementId: 'engagement-1',
        rowId,
        role: 'customer',
      },
    ]);
  });

  it('stays quiet when the change has a reason', () => {
    const override = buildOverride(cellRef('virtualization', 'provider'), [widerProvider]);
    expect(check(buildEngagement(), [override])).toEqual([]);
  });

  it('stays quiet when the overridden cell says what the baseline says', () => {
    const sameAsBaseline = buildAssignment({ duty: 'owner', scope: 'service' });
    const override = buildOverride(cellRef('virtualization', 'provider'), [sameAsBaseline], '');
    expect(check(buildEngagement(), [override])).toEqual([]);
  });
});
