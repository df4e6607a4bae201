import { describe, expect, it } from 'vitest';
import { loadTranslate } from '@/i18n/load-translate';
import { describeBand, describeBands, roleLetters, toBandText } from './band-words';
import type { LayerBand } from './layer-bands';

const en = await loadTranslate('en', 'picture');
const zh = await loadTranslate('zh-CN', 'picture');

const facility: LayerBand = {
  layer: 'facility',
  position: 'under',
  owners: [{ role: 'provider', scope: 'whole' }],
  supporters: [],
  covered: true,
  changed: false,
};

const boundary: LayerBand = {
  layer: 'virtualization',
  position: 'boundary',
  owners: [
    { role: 'provider', scope: 'service' },
    { role: 'customer', scope: 'use' },
  ],
  supporters: [{ role: 'securityVendor', scope: 'use', via: 'securityService' }],
  covered: true,
  changed: false,
};

const emptied: LayerBand = { ...facility, owners: [], covered: false, changed: true };
const half: LayerBand = {
  ...boundary,
  owners: [{ role: 'provider', scope: 'service' }],
  covered: false,
  supporters: [],
};

describe('describeBand', () => {
  it.each([
    [
      'a whole owner',
      facility,
      en,
      'Data-centre facility (under the service): owned by Cloud service provider (whole layer).',
    ],
    ['a whole owner in Chinese', facility, zh, '机房基础设施（服务之下）：云服务商负责（整体）。'],
    [
      'a split layer with its supporter',
      boundary,
      en,
      'Virtualised infrastructure (the layer the service delivers): owned by Cloud service provider (the service itself) and Cloud service customer (secure use); supported by Cloud security vendor (via security service, secure use).',
    ],
    [
      'a split layer in Chinese',
      boundary,
      zh,
      '虚拟化基础设施资源（服务交付层）：云服务商负责（服务自身），云服务客户负责（安全使用）；云安全厂商支撑（经云安全服务，安全使用）。',
    ],
    [
      'a layer changed to have no owner',
      emptied,
      en,
      'Data-centre facility (under the service): no owner; changed for the contract.',
    ],
    [
      'a layer owned only in part',
      half,
      en,
      'Virtualised infrastructure (the layer the service delivers): owned by Cloud service provider (the service itself); not fully owned.',
    ],
  ])('words %s', (_name, band, t, sentence) => {
    expect(describeBand(band, t)).toBe(sentence);
  });

  it('describes a stack one sentence per layer, in order', () => {
    expect(describeBands([boundary, facility], en)).toMatch(
      /^Virtualised.*\. Data-centre facility/,
    );
  });
});

describe('toBandText', () => {
  it.each([
    ['one part for a whole owner', facility, [['Cloud service provider', 'Owner · whole layer']]],
    [
      'two parts for a split layer, provider first',
      boundary,
      [
        ['Cloud service provider', 'Owner · the service itself'],
        ['Cloud service customer', 'Owner · secure use'],
      ],
    ],
    ['a no-owner part for an emptied layer', emptied, [['No owner', 'nobody carries this layer']]],
  ])('gives %s', (_name, band, parts) => {
    expect(toBandText(band, en).parts.map((p) => [p.title, p.detail])).toEqual(parts);
  });

  it.each([
    ['position only', facility, ['hint']],
    ['position and the changed mark', emptied, ['hint', 'changed']],
    ['position and the coverage warning', half, ['hint', 'warning']],
  ])('labels a band with its %s', (_name, band, kinds) => {
    expect(toBandText(band, en).label.map((l) => l.kind)).toEqual(kinds);
  });

  it('tags each supporter with its role, service and scope', () => {
    expect(toBandText(boundary, zh).supporters).toEqual([
      { role: 'securityVendor', text: '支撑：云安全厂商（经云安全服务，安全使用）' },
    ]);
  });
});

describe('roleLetters', () => {
  it.each([
    [en, { customer: 'C', provider: 'P', securityVendor: 'V' }],
    [zh, { customer: '客', provider: '商', securityVendor: '厂' }],
  ])('gives each role a letter', (t, letters) => {
    expect(roleLetters(t)).toEqual(letters);
  });
});
