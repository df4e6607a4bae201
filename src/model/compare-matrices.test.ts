import { describe, expect, it } from 'vitest';
import {
  buildAssignment,
  buildAssuredEngagement,
  buildEngagement,
  buildOverride,
  buildSecurityService,
  cellRef,
  summarise,
} from '../../tests/support/test-builders';
import type { Scenario } from './assurance-scope';
import { compareMatrices, isChangedCell, type MatrixDifference } from './compare-matrices';
import { deriveMatrix } from './derive-matrix';
import type { Engagement, Override } from './workspace';

const matrixOf = (engagement: Engagement, overrides: readonly Override[] = []) =>
  deriveMatrix(engagement, overrides);
const plain = (scenario: Scenario) => matrixOf(buildEngagement(scenario));

/** A difference as `row role: before -> after`, with cells summarised, for readable expectations. */
const show = (d: MatrixDifference) =>
  `${d.row.key} ${d.role}: ${summarise(d.before).join('+') || '-'} -> ${summarise(d.after).join('+') || '-'}${d.presence === 'both' ? '' : ` (${d.presence} only)`}`;

describe('compareMatrices', () => {
  it.each<[string, Engagement, Engagement, string[]]>([
    [
      'the same scenario',
      buildEngagement({ resourceService: 'paas' }),
      buildEngagement({ resourceService: 'paas' }),
      [],
    ],
    [
      'public cloud IaaS vs private cloud IaaS: the facility moves to the customer',
      buildEngagement({ resourceService: 'iaas', mode: 'cloudService' }),
      buildEngagement({ resourceService: 'iaas', mode: 'softwareDelivery' }),
      ['facility customer: - -> owner·whole', 'facility provider: owner·whole -> -'],
    ],
    [
      'IaaS vs SaaS in cloud service: the boundary moves up',
      buildEngagement({ resourceService: 'iaas' }),
      buildEngagement({ resourceService: 'saas' }),
      [
        'virtualization customer: owner·use -> -',
        'virtualization provider: owner·service -> owner·whole',
        'platformSoftware customer: owner·whole -> -',
        'platformSoftware provider: - -> owner·whole',
        'applicationSoftware customer: owner·whole -> owner·use',
        'applicationSoftware provider: - -> owner·service',
      ],
    ],
    [
      'an operations service row only the second side has',
      buildEngagement({ mode: 'softwareDelivery' }),
      buildAssuredEngagement(
        { resourceService: 'iaas', mode: 'managedDelivery' },
        {
          securityServices: [],
        },
      ),
      [
        'facility provider: - -> supporter·whole·opsService',
        'virtualization provider: owner·service -> owner·service+supporter·use·opsService',
        'opsService#1 provider: - -> owner·service (after only)',
      ],
    ],
    [
      'security service rows match by service type, whatever their ids',
      buildEngagement({ securityServices: [buildSecurityService({ id: 'a' })] }),
      buildEngagement({ id: 'other', securityServices: [buildSecurityService({ id: 'b' })] }),
      [],
    ],
    [
      'a second security service is a row of its own',
      buildEngagement({ securityServices: [buildSecurityService({ id: 'a' })] }),
      buildEngagement({
        securityServices: [buildSecurityService({ id: 'a' }), buildSecurityService({ id: 'b' })],
      }),
      [
        'virtualization securityVendor: supporter·use·securityService -> supporter·use·securityService+supporter·use·securityService',
        'platformSoftware securityVendor: supporter·whole·securityService -> supporter·whole·securityService+supporter·whole·securityService',
        'applicationSoftware securityVendor: supporter·whole·securityService -> supporter·whole·securityService+supporter·whole·securityService',
        'businessData securityVendor: supporter·whole·securityService -> supporter·whole·securityService+supporter·whole·securityService',
        'securityService#2 securityVendor: - -> owner·service (after only)',
      ],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(compareMatrices(matrixOf(a), matrixOf(b)).map(show)).toEqual(expected);
  });

  it('reports rows only the first side has as such', () => {
    const a = buildAssuredEngagement({ resourceService: 'saas', mode: 'cloudService' });
    const b = buildEngagement({ resourceService: 'saas' });
    const onlyBefore = compareMatrices(matrixOf(a), matrixOf(b)).filter(
      (d) => d.presence === 'before',
    );
    expect(onlyBefore.map((d) => d.row.key)).toEqual(['securityService#1', 'opsService#1']);
    expect(onlyBefore.every((d) => d.after.length === 0 && d.afterRowId === undefined)).toBe(true);
  });

  it.each([
    [false, 0],
    [true, 2],
  ])('counts another party carrying the same duty only when asked (%s)', (compareParties, n) => {
    const a = buildEngagement({ customerPartyId: 'bank', providerPartyId: 'cloud-a' });
    const b = buildEngagement({ customerPartyId: 'bank', providerPartyId: 'cloud-b' });
    const diffs = compareMatrices(matrixOf(a), matrixOf(b), { compareParties });
    expect(diffs).toHaveLength(n);
  });

  it('ignores a change of basis that says the same thing', () => {
    const e = buildEngagement();
    const same = buildOverride(cellRef('businessData', 'customer'), [
      buildAssignment({ duty: 'owner', scope: 'whole' }),
    ]);
    expect(compareMatrices(matrixOf(e), matrixOf(e, [same]))).toEqual([]);
  });

  it('finds an override as a difference, and marks the cell on each side', () => {
    const e = buildEngagement();
    const moved = buildOverride(cellRef('businessData', 'provider'), [
      buildAssignment({ duty: 'owner', scope: 'use' }),
    ]);
    const diffs = compareMatrices(matrixOf(e), matrixOf(e, [moved]));
    expect(diffs.map(show)).toEqual(['businessData provider: - -> owner·use']);
    expect(isChangedCell(diffs, 'before', 'businessData', 'provider')).toBe(true);
    expect(isChangedCell(diffs, 'after', 'businessData', 'provider')).toBe(true);
    expect(isChangedCell(diffs, 'after', 'businessData', 'customer')).toBe(false);
  });

  it('compares all nine scenarios with themselves as equal', () => {
    for (const resourceService of ['iaas', 'paas', 'saas'] as const) {
      for (const mode of ['cloudService', 'softwareDelivery', 'managedDelivery'] as const) {
        expect(
          compareMatrices(plain({ resourceService, mode }), plain({ resourceService, mode })),
        ).toEqual([]);
      }
    }
  });
});
