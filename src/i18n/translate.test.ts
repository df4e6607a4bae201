import { describe, expect, it } from 'vitest';
import { en } from './en';
import { filesEn } from './files-en';
import { filesZhCn } from './files-zh-cn';
import { guideEn } from './guide-en';
import { guideZhCn } from './guide-zh-cn';
import { makeTranslate } from './translate';
import { zhCn } from './zh-cn';

describe('makeTranslate', () => {
  it('fills placeholders from params', () => {
    const t = makeTranslate('en');
    expect(t('scenario.typicalCases', { cases: 'public cloud' })).toBe('e.g. public cloud');
  });

  it('keeps a placeholder without a value visible instead of dropping it', () => {
    expect(makeTranslate('zh-CN')('scenario.typicalCases')).toBe('如{cases}');
  });

  it('uses the report terms for the catalogues in Chinese', () => {
    const t = makeTranslate('zh-CN');
    expect([t('role.customer'), t('role.provider'), t('role.securityVendor')]).toEqual([
      '云服务客户',
      '云服务商',
      '云安全厂商',
    ]);
    expect(t('mode.managedDelivery')).toBe('云软件交付+服务托管模式');
    expect(t('layer.virtualization')).toBe('虚拟化基础设施资源');
  });

  it.each([
    {
      area: 'the app',
      english: en as Record<string, string>,
      chinese: zhCn as Record<string, string>,
    },
    {
      area: 'the guide',
      english: guideEn as Record<string, string>,
      chinese: guideZhCn as Record<string, string>,
    },
    {
      area: 'workspaces and files',
      english: filesEn as Record<string, string>,
      chinese: filesZhCn as Record<string, string>,
    },
  ])(
    'has a non-empty Chinese text for every English key of $area, with the same placeholders',
    ({ english, chinese }) => {
      const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of Object.keys(english)) {
        expect(chinese[key]?.trim(), key).toBeTruthy();
        expect(placeholders(chinese[key]), key).toEqual(placeholders(english[key]));
      }
    },
  );
});
