import { describe, expect, it } from 'vitest';
import {
  buildAssignment,
  buildEngagement,
  buildOverride,
  buildSecurityService,
  cellRef,
  findCell,
} from '../../tests/support/test-builders';
import { deriveBaseline } from './derive-baseline';
import { deriveMatrix } from './derive-matrix';
import { assuranceRowId } from './matrix-row-id';

const engagement = buildEngagement({ securityServices: [buildSecurityService()] });
const providerWhole = buildAssignment({ duty: 'owner', scope: 'whole' });

describe('deriveMatrix', () => {
  it('is the baseline when there are no overrides', () => {
    expect(deriveMatrix(engagement, [])).toEqual(deriveBaseline(engagement));
  });

  it('applies an override to its cell, keeping the baseline and the reason beside it', () => {
    const override = buildOverride(
      cellRef('virtualization', 'provider'),
      [providerWhole],
      'dedicated hosts',
    );
    const matrix = deriveMatrix(engagement, [override]);
    const baseline = findCell(deriveBaseline(engagement), 'virtualization', 'provider');
    expect(findCell(matrix, 'virtualization', 'provider')).toEqual({
      role: 'provider',
      assignments: [providerWhole],
      baseline: baseline.assignments,
      overridden: true,
      reason: 'dedicated hosts',
    });
  });

  it('leaves the other cells of an overridden row as derived', () => {
    const override = buildOverride(cellRef('virtualization', 'provider'), [providerWhole]);
    const matrix = deriveMatrix(engagement, [override]);
    const baseline = deriveBaseline(engagement);
    for (const role of ['customer', 'securityVendor'] as const) {
      expect(findCell(matrix, 'virtualization', role)).toEqual(
        findCell(baseline, 'virtualization', role),
      );
    }
  });

  it('applies overrides of assurance rows too', () => {
    const rowId = assuranceRowId('securityService', 'security-1');
    const override = buildOverride(cellRef(rowId, 'customer'), [providerWhole]);
    expect(findCell(deriveMatrix(engagement, [override]), rowId, 'customer')).toMatchObject({
      assignments: [providerWhole],
      overridden: true,
    });
  });

  it.each([
    { what: 'another engagement', ref: cellRef('virtualization', 'provider', 'engagement-2') },
    {
      what: 'a row the engagement does not have',
      ref: cellRef(assuranceRowId('opsService', 'gone'), 'provider'),
    },
  ])('ignores overrides of $what', ({ ref }) => {
    const matrix = deriveMatrix(engagement, [buildOverride(ref, [providerWhole])]);
    expect(matrix).toEqual(deriveBaseline(engagement));
  });
});
