import { describe, expect, it } from 'vitest';
import type { Language } from '@/i18n/languages';
import { loadTranslate } from '@/i18n/load-translate';
import { compareMatrices } from '@/model/compare-matrices';
import { summariseRowChanges } from '@/model/compare-matrices-moves';
import { deriveMatrix } from '@/model/derive-matrix';
import type { Engagement, Party } from '@/model/workspace';
import { buildEngagement, buildOperationsService } from '../../../tests/support/test-builders';
import { describeCompareRow, describeRowChanges } from './describe-changes';

const TRANSLATES = {
  en: await loadTranslate('en', 'compare'),
  'zh-CN': await loadTranslate('zh-CN', 'compare'),
};
const translators = (language: Language) => ({ t: TRANSLATES[language], c: TRANSLATES[language] });

const PARTIES: Party[] = [
  { id: 'a', name: 'Cloud Provider A', roles: ['provider'] },
  { id: 'b', name: 'Cloud Provider B', roles: ['provider'] },
];

function sentences(language: Language, x: Engagement, y: Engagement, compareParties = false) {
  const { t, c } = translators(language);
  const options = { compareParties };
  const diffs = compareMatrices(deriveMatrix(x, []), deriveMatrix(y, []), options);
  return summariseRowChanges(diffs, options).map(
    (row) =>
      `${describeCompareRow(row.row, t, c)}: ${describeRowChanges(row, { a: PARTIES, b: PARTIES }, t, c).join(' ')}`,
  );
}

describe('describeRowChanges', () => {
  it.each<[Language, string]>([
    [
      'en',
      'Data-centre facility: “Owner · whole layer” moves from Cloud service provider to Cloud service customer.',
    ],
    ['zh-CN', '机房基础设施: “负责 · 整体”由云服务商转为云服务客户承担。'],
  ])('says in %s that the facility owner moves from provider to customer', (language, expected) => {
    const publicCloud = buildEngagement({ mode: 'cloudService' });
    const privateCloud = buildEngagement({ mode: 'softwareDelivery' });
    expect(sentences(language, publicCloud, privateCloud)).toEqual([expected]);
  });

  it('says which party a duty passes to, and which row only one side has', () => {
    const x = buildEngagement({ providerPartyId: 'a' });
    const y = buildEngagement({
      providerPartyId: 'b',
      operationsService: buildOperationsService({ providerPartyId: 'b' }),
    });
    const words = sentences('en', x, y, true);
    expect(words[0]).toBe(
      'Data-centre facility: Cloud service provider: “Owner · whole layer” passes from Cloud Provider A to Cloud Provider B.',
    );
    expect(words).toContain(
      'Cloud operations and maintenance service itself: Only side B has this row. Cloud service provider takes on “Owner · the service itself”.',
    );
  });
});
