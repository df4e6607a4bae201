import { describe, expect, it } from 'vitest';
import { buildViewSearch, parseViewParams } from './view-params';

describe('parseViewParams', () => {
  it.each([
    { search: '', expected: { ignored: [] } },
    {
      search: '?type=paas&mode=managedDelivery&lang=en',
      expected: { resourceService: 'paas', mode: 'managedDelivery', language: 'en', ignored: [] },
    },
    { search: '?lang=zh-CN', expected: { language: 'zh-CN', ignored: [] } },
    {
      search: '?type=xaas&mode=cloudService',
      expected: { mode: 'cloudService', ignored: [{ param: 'type', value: 'xaas' }] },
    },
    {
      search: '?type=securityService&lang=fr',
      expected: {
        ignored: [
          { param: 'type', value: 'securityService' },
          { param: 'lang', value: 'fr' },
        ],
      },
    },
    { search: '?mode=', expected: { ignored: [{ param: 'mode', value: '' }] } },
  ])('reads $search', ({ search, expected }) => {
    expect(parseViewParams(search)).toEqual(expected);
  });
});

describe('buildViewSearch', () => {
  it('writes the scenario and language and keeps other parameters', () => {
    expect(
      buildViewSearch('?x=1&type=iaas', {
        resourceService: 'saas',
        mode: 'softwareDelivery',
        language: 'zh-CN',
      }),
    ).toBe('?x=1&type=saas&mode=softwareDelivery&lang=zh-CN');
  });

  it('round-trips through parseViewParams', () => {
    const view = { resourceService: 'paas', mode: 'managedDelivery', language: 'en' } as const;
    expect(parseViewParams(buildViewSearch('', view))).toEqual({ ...view, ignored: [] });
  });
});
