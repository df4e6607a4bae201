import { describe, expect, it } from 'vitest';
import { buildEngagement, buildWorkspace } from '../../tests/support/test-builders';
import { deriveMatrix } from './derive-matrix';
import { isJointRow, makeLayerJoint } from './make-layer-joint';
import type { Workspace } from './workspace';

function rowOf(workspace: Workspace, rowId: string) {
  const [engagement] = workspace.engagements;
  if (!engagement) throw new Error('no engagement');
  const row = deriveMatrix(engagement, workspace.overrides).rows.find((r) => r.id === rowId);
  if (!row) throw new Error(`no row ${rowId}`);
  return { engagement, row };
}

describe('makeLayerJoint', () => {
  it.each(['businessData', 'platformSoftware', 'facility'])(
    'gives the customer the secure use and the provider the service itself on %s, with one reason',
    (rowId) => {
      const workspace = buildWorkspace([buildEngagement()]);
      const { engagement, row } = rowOf(workspace, rowId);
      const next = makeLayerJoint(workspace, engagement, row, 'agreed split');
      const after = rowOf(next, rowId).row;
      expect(isJointRow(after)).toBe(true);
      const changed = next.overrides.filter((o) => o.rowId === rowId);
      expect(changed.map((o) => o.reason)).toEqual(
        changed.length === 2 ? ['agreed split', 'agreed split'] : ['agreed split'],
      );
    },
  );

  it('recognises the IaaS virtualised infrastructure row as already joint', () => {
    const { row } = rowOf(buildWorkspace([buildEngagement()]), 'virtualization');
    expect(isJointRow(row)).toBe(true);
  });
});
