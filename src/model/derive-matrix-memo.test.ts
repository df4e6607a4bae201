import { describe, expect, it } from 'vitest';
import { createEngagement, createWorkspace } from './create-workspace';
import { deriveMatrix } from './derive-matrix';
import { deriveMatrixMemo } from './derive-matrix-memo';
import { setCellAssignments } from './edit-cells';
import { addEngagement } from './edit-engagements';

const base = addEngagement(
  createWorkspace({ resourceService: 'iaas', mode: 'cloudService' }),
  createEngagement('engagement-2', 'SaaS', { resourceService: 'saas', mode: 'cloudService' }),
);
const [first, second] = base.engagements;
if (!first || !second) throw new Error('two engagements expected');
const edited = setCellAssignments(
  base,
  { engagementId: second.id, rowId: 'businessData', role: 'provider' },
  [{ duty: 'supporter', scope: 'use', basis: { source: 'override' } }],
  'the provider backs up the data',
);

describe('deriveMatrixMemo', () => {
  it.each([
    ['the first engagement, before the edit', first, base],
    ['the second engagement, before the edit', second, base],
    ['the first engagement, after an edit of the second', first, edited],
    ['the second engagement, after its edit', second, edited],
  ] as const)('gives what deriveMatrix gives for %s', (_name, engagement, workspace) => {
    expect(deriveMatrixMemo(engagement, workspace.overrides)).toEqual(
      deriveMatrix(engagement, workspace.overrides),
    );
  });

  it('keeps the matrix of an engagement an edit did not touch, and re-derives the edited one', () => {
    const before = base.engagements.map((e) => deriveMatrixMemo(e, base.overrides));
    const after = edited.engagements.map((e) => deriveMatrixMemo(e, edited.overrides));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(deriveMatrixMemo(second, edited.overrides)).toBe(after[1]);
  });
});
