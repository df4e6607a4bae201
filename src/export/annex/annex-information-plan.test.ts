import { describe, expect, it } from 'vitest';
import { annexWorkspace } from '../../../tests/fixtures/annex-workspace';
import { annexLabelsEn, annexLabelsZhCn } from '../../../tests/support/annex-labels';
import { annexText } from '../../../tests/support/annex-text';
import { buildInformationPlan } from './annex-information-plan';
import { buildAnnexModel } from './build-annex-model';

describe('the information-sharing plan of the annex', () => {
  const workspace = annexWorkspace();

  it.each([
    {
      labels: annexLabelsZhCn,
      words: [
        '云帆计算有限公司（云服务商） → 陶喆文化传媒有限公司（云服务客户）',
        '各方关键的行为活动',
        '平台事件与维护窗口',
        '事件发生',
        '1 小时内',
        '工单',
        '触发条件',
      ],
    },
    {
      labels: annexLabelsEn,
      words: [
        '云帆计算有限公司 (Cloud service provider) → 陶喆文化传媒有限公司 (Cloud service customer)',
        'Key activities of each party',
        'How fast',
      ],
    },
  ])('prints each pair with its roles and the channels by category', ({ labels, words }) => {
    const text = annexText(buildInformationPlan(workspace, labels));
    for (const word of words) expect(text).toContain(word);
  });

  it('prints a pair only when it has channels', () => {
    const text = annexText(buildInformationPlan(workspace, annexLabelsEn));
    expect(text).not.toContain('朱镕基网络安全实验室 (Cloud security vendor) →');
  });

  it('says so when no channel is agreed', () => {
    const text = annexText(buildInformationPlan({ ...workspace, channels: [] }, annexLabelsEn));
    expect(text).toContain('No information channels are agreed yet.');
  });

  it('sits in the annex after the engagements and before the checks', () => {
    const text = annexText(buildAnnexModel(workspace, annexLabelsEn, { language: 'en' }));
    const plan = text.indexOf('Information-sharing plan');
    expect(plan).toBeGreaterThan(text.lastIndexOf('Deviations from the baseline'));
    expect(plan).toBeLessThan(text.indexOf('Principle checks'));
  });

  it('keeps a short pair together with its heading', () => {
    expect(buildInformationPlan(workspace, annexLabelsEn)[0]).toMatchObject({
      kind: 'group',
      keep: true,
    });
  });
});
