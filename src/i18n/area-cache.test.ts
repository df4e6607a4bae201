import { describe, expect, it, vi } from 'vitest';

// A fresh cache whose registry records which area and language it was asked for.
async function freshCache() {
  vi.resetModules();
  const cache = await import('./area-cache');
  const asked: string[] = [];
  const texts = (id: string) => async () => {
    asked.push(id);
    return {};
  };
  const registry = async () => ({
    AREA_LOADERS: { checks: { en: texts('checks/en'), 'zh-CN': texts('checks/zh-CN') } },
  });
  // The one area these tests ask for stands in for the whole registry.
  cache.provideAreaRegistry(registry as never);
  return { cache, asked };
}

describe('withAreas', () => {
  it('starts loading the areas in the page’s language while the code still loads', async () => {
    const { cache, asked } = await freshCache();
    cache.preloadLanguage('zh-CN');
    const code = new Promise<string>(() => {});
    expect(cache.withAreas(['checks'], code)).toBe(code);
    await vi.waitFor(() => expect(asked).toEqual(['checks/zh-CN']));
  });

  it('loads nothing before the page has a language', async () => {
    const { cache, asked } = await freshCache();
    await cache.withAreas(['checks'], Promise.resolve('code'));
    expect(asked).toEqual([]);
  });
});
