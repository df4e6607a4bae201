// The report's words (domain §7): contract texts quote the app's Chinese, so every zh-CN text is
// checked against the terms the report uses and the ones it does not.
import { describe, expect, it } from 'vitest';
import { AREA_LOADERS } from '@/i18n/area-loaders';
import { catalogueZhCn } from '@/i18n/catalogue-zh-cn';
import { CITED_REFERENCE_TEXTS } from '@/i18n/cited-references';
import { persistenceZhCn } from '@/i18n/persistence-zh-cn';
import { zhCn } from '@/i18n/zh-cn';

// Every area of the registry, so an area added later is checked without being listed here.
const AREA_TEXTS = Object.fromEntries(
  await Promise.all(
    Object.entries(AREA_LOADERS).map(async ([area, load]) => [area, await load['zh-CN']()]),
  ),
);

/** Every zh-CN text of the app, by a readable key. */
function allTexts(): [string, string][] {
  const sets: Record<string, object> = {
    main: zhCn,
    catalogue: catalogueZhCn,
    persistence: persistenceZhCn,
    ...AREA_TEXTS,
    references: CITED_REFERENCE_TEXTS['zh-CN'],
  };
  const flat: [string, string][] = [];
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') flat.push([prefix, value]);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(`${prefix}.${key}`, inner);
    }
  };
  for (const [name, set] of Object.entries(sets)) walk(name, set);
  return flat;
}

// Short forms the report's rule allows in narrow cells, with the full term in a legend beside them.
const SHORT_FORMS = [
  'catalogue.serviceTypeShort.securityService',
  'catalogue.serviceTypeShort.opsService',
  'main.serviceTypeShort.securityService',
  'main.serviceTypeShort.opsService',
];

/** Terms the report does not use, with what it says instead (domain §7). */
const FORBIDDEN: readonly { term: RegExp; instead: string }[] = [
  { term: /研发部门/, instead: '开发部门' },
  { term: /供应商/, instead: '云服务商' },
  { term: /(?<!服务)托管模式/, instead: '云软件交付+服务托管模式' },
  { term: /(?<!云)安全服务/, instead: '云安全服务' },
  { term: /(?<!云)运维运营服务/, instead: '云运维运营服务' },
  { term: /公开/, instead: '透明' },
  { term: /传统安全企业/, instead: '传统安全厂商' },
  { term: /场景 \{number\}|场景 \$\{number\}/, instead: '合作 {number} (an engagement is 合作)' },
];

describe('the report’s zh-CN terms (domain §7)', () => {
  const texts = allTexts().filter(([key]) => !SHORT_FORMS.includes(key));

  it('reads a good number of texts', () => {
    expect(texts.length).toBeGreaterThan(500);
  });

  it.each(FORBIDDEN)('never says $term (the report says $instead)', ({ term }) => {
    expect(texts.filter(([, text]) => term.test(text))).toEqual([]);
  });

  it('never names 建好云、用好云 without the key link’s own name beside it', () => {
    const gloss = texts.filter(([, text]) => /建好云|用好云/.test(text));
    expect(gloss.filter(([, text]) => !text.includes('实现云平台的安全建设与使用'))).toEqual([]);
  });

  it.each([
    ['principle.sharedPurpose', '目的一致性原则'],
    ['principle.reasonableResponsibility', '责任合理性原则'],
    ['principle.maximisedStrengths', '优势最大化原则'],
    ['principle.transparentCollaboration', '协作透明性原则'],
    ['mode.managedDelivery', '云软件交付+服务托管模式'],
    ['serviceType.securityService', '云安全服务'],
    ['serviceType.opsService', '云运维运营服务'],
    ['keyLink.platformBuildAndUse', '实现云平台的安全建设与使用'],
    ['keyLink.protectionSystem', '夯实云环境的安全防护体系'],
    ['keyLink.informationSharing', '建立信息传递机制'],
  ] as const)('names %s by the report’s term %s', (key, term) => {
    expect(catalogueZhCn[key]).toContain(term);
  });

  it.each([
    ['departments', 'departments.kind.development', '开发部门'],
    ['print', 'print.raci.kind.development', '开发部门'],
    ['guide', 'guide.roles.securityVendor', '传统安全厂商'],
    ['guide', 'guide.principles.meaning.transparentCollaboration', '透明'],
    ['annex', 'annex.engagement', '合作'],
    ['templates', 'party.softwareSupplier', '云服务商'],
  ])('uses the report’s word in %s %s', (area, key, term) => {
    expect(AREA_TEXTS[area][key]).toContain(term);
  });
});
