import { describe, expect, it } from 'vitest';
import { describeAssignment } from './describe-assignment';
import { makeTranslate } from './translate';

describe('describeAssignment', () => {
  it.each([
    { lang: 'en', a: { duty: 'owner', scope: 'whole' }, words: 'Owner · whole layer' },
    {
      lang: 'en',
      a: { duty: 'supporter', scope: 'use', via: 'opsService' },
      words: 'Supporter · secure use · via operations service',
    },
    { lang: 'zh-CN', a: { duty: 'owner', scope: 'service' }, words: '负责 · 服务自身' },
  ] as const)('says $words', ({ lang, a, words }) => {
    expect(describeAssignment(a, makeTranslate(lang))).toBe(words);
  });
});
