import { describe, expect, it } from 'vitest';
import {
  buildAssignment,
  buildEngagement,
  buildOverride,
  buildWorkspace,
  cellRef,
  findCell,
} from '../../tests/support/test-builders';
import { deriveBaseline } from './derive-baseline';
import { deriveMatrix } from './derive-matrix';
import {
  clearAllOverrides,
  clearOverride,
  setCellAssignments,
  setOverrideReason,
} from './edit-cells';
import type { Workspace } from './workspace';

const workspace = buildWorkspace([buildEngagement(), buildEngagement({ id: 'engagement-2' })]);
const ref = cellRef('virtualization', 'provider');
const providerWhole = buildAssignment({
  duty: 'owner',
  scope: 'whole',
  basis: { source: 'report', section: '§2.3.2' },
});

function baselineOf(target: Workspace, rowId: string, role: 'customer' | 'provider') {
  const [engagement] = target.engagements;
  if (!engagement) throw new Error('no engagement');
  return findCell(deriveBaseline(engagement), rowId, role).assignments;
}

describe('setCellAssignments', () => {
  it('records a change as an override with its reason, based on the override', () => {
    const next = setCellAssignments(workspace, ref, [providerWhole], 'dedicated hosts');
    expect(next.overrides).toEqual([
      {
        ...ref,
        assignments: [{ ...providerWhole, basis: { source: 'override' } }],
        reason: 'dedicated hosts',
      },
    ]);
    const [engagement] = next.engagements;
    if (!engagement) throw new Error('no engagement');
    expect(
      findCell(deriveMatrix(engagement, next.overrides), 'virtualization', 'provider'),
    ).toMatchObject({
      overridden: true,
      reason: 'dedicated hosts',
    });
  });

  it('removes the override when the cell is set back to its baseline, in any order', () => {
    const changed = setCellAssignments(workspace, ref, [providerWhole], 'dedicated hosts');
    const back = setCellAssignments(
      changed,
      ref,
      [...baselineOf(workspace, 'virtualization', 'provider')].reverse(),
      'undo',
    );
    expect(back.overrides).toEqual([]);
  });

  it('keeps the earlier reason when a later change gives none', () => {
    const first = setCellAssignments(workspace, ref, [providerWhole], 'dedicated hosts');
    const second = setCellAssignments(first, ref, [
      providerWhole,
      buildAssignment({ scope: 'use' }),
    ]);
    expect(second.overrides).toHaveLength(1);
    expect(second.overrides[0]?.reason).toBe('dedicated hosts');
  });

  it('replaces the reason when a later change gives one', () => {
    const first = setCellAssignments(workspace, ref, [providerWhole], 'dedicated hosts');
    const second = setCellAssignments(first, ref, [providerWhole], 'bare metal');
    expect(second.overrides.map((o) => o.reason)).toEqual(['bare metal']);
  });

  it('starts with an empty reason when none is given', () => {
    expect(setCellAssignments(workspace, ref, [providerWhole]).overrides[0]?.reason).toBe('');
  });

  it.each([
    { what: 'an engagement', ref: cellRef('virtualization', 'provider', 'nowhere') },
    { what: 'a row', ref: cellRef('securityService:gone', 'provider') },
  ])(
    'leaves the workspace unchanged for a cell of $what that does not exist',
    ({ ref: missing }) => {
      expect(setCellAssignments(workspace, missing, [providerWhole], 'why')).toBe(workspace);
    },
  );
});

describe('setOverrideReason', () => {
  it('sets the reason of an overridden cell', () => {
    const changed = setCellAssignments(workspace, ref, [providerWhole]);
    expect(setOverrideReason(changed, ref, 'contract §4').overrides[0]?.reason).toBe('contract §4');
  });

  it('leaves a cell that is not overridden as it is', () => {
    expect(setOverrideReason(workspace, ref, 'contract §4').overrides).toEqual([]);
  });
});

describe('clearOverride and clearAllOverrides', () => {
  const overridden: Workspace = {
    ...workspace,
    overrides: [
      buildOverride(ref, [providerWhole]),
      buildOverride(cellRef('businessData', 'customer'), []),
      buildOverride(cellRef('businessData', 'customer', 'engagement-2'), []),
    ],
  };

  it('resets one cell to its baseline and leaves the others', () => {
    expect(clearOverride(overridden, ref).overrides).toEqual(overridden.overrides.slice(1));
  });

  it('resets every cell of one engagement and leaves the other engagements', () => {
    expect(clearAllOverrides(overridden, 'engagement-1').overrides).toEqual(
      overridden.overrides.slice(2),
    );
  });
});
