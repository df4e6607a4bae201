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
    { search: '?view=plan', expected: { view: 'plan', ignored: [] } },
    {
      search: '?type=saas&engagement=engagement-2',
      expected: { resourceService: 'saas', engagementId: 'engagement-2', ignored: [] },
    },
    {
      search: '?engagement=%3Cscript%3E',
      expected: { ignored: [{ param: 'engagement', value: '<script>' }] },
    },
    { search: '?view=nope', expected: { ignored: [{ param: 'view', value: 'nope' }] } },
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
        view: 'matrix',
      }),
    ).toBe('?x=1&type=saas&mode=softwareDelivery&lang=zh-CN');
  });

  it('names the engagement the scenario belongs to', () => {
    const view = { resourceService: 'saas', mode: 'cloudService', language: 'en' } as const;
    const search = buildViewSearch('?engagement=old', {
      ...view,
      engagementId: 'e2',
      view: 'matrix',
    });
    expect(parseViewParams(search)).toMatchObject({ engagementId: 'e2', resourceService: 'saas' });
  });

  it('names every view but the matrix, which is the default', () => {
    const scenario = { resourceService: 'iaas', mode: 'cloudService', language: 'en' } as const;
    expect(buildViewSearch('?view=plan', { ...scenario, view: 'matrix' })).not.toContain('view=');
    expect(buildViewSearch('', { ...scenario, view: 'compare' })).toContain('view=compare');
  });

  it.each(['matrix', 'combined', 'departments'] as const)('round-trips the %s view', (name) => {
    const view = { resourceService: 'paas', mode: 'managedDelivery', language: 'en' } as const;
    const expected = name === 'matrix' ? view : { ...view, view: name };
    expect(parseViewParams(buildViewSearch('', { ...view, view: name }))).toEqual({
      ...expected,
      ignored: [],
    });
  });
});
