import { describe, expect, it } from 'vitest';
import { deriveMatrix } from '@/model/derive-matrix';
import { annexWorkspace } from '../../../tests/fixtures/annex-workspace';
import { annexLabelsEn, annexLabelsZhCn } from '../../../tests/support/annex-labels';
import { annexText } from '../../../tests/support/annex-text';
import { buildDeviations, findDeviations } from './annex-deviations';

const workspace = annexWorkspace();

describe.each(workspace.engagements.map((engagement) => ({ engagement })))(
  'deviations of $engagement.id',
  ({ engagement }) => {
    const matrix = deriveMatrix(engagement, workspace.overrides);
    const overrides = workspace.overrides.filter((o) => o.engagementId === engagement.id);

    it('lists exactly the overridden cells', () => {
      expect(findDeviations(matrix).map(({ row, cell }) => `${row.id}/${cell.role}`)).toEqual(
        overrides.map((o) => `${o.rowId}/${o.role}`),
      );
    });

    it.each([
      { labels: annexLabelsZhCn, noReason: '（未说明理由）' },
      { labels: annexLabelsEn, noReason: '(no reason given)' },
    ])('shows baseline, agreed and the reason, or says none was given', ({ labels, noReason }) => {
      const text = annexText(buildDeviations(engagement, matrix, labels).block);
      for (const override of overrides) {
        expect(text).toContain(override.reason.trim() === '' ? noReason : override.reason);
      }
    });
  },
);

describe('buildDeviations', () => {
  it('says so when the matrix is the baseline', () => {
    const [engagement] = workspace.engagements;
    if (!engagement) throw new Error('fixture needs an engagement');
    const matrix = deriveMatrix(engagement, []);
    expect(annexText(buildDeviations(engagement, matrix, annexLabelsZhCn).block)).toBe(
      '与基线一致，无偏离。',
    );
  });
});
