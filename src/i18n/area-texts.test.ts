import { describe, expect, expectTypeOf, it } from 'vitest';
import { AREA_LOADERS, type Area, type AreaKey, type AreaTexts } from './area-loaders';
import { en } from './en';
import type { LANGUAGES } from './languages';

const AREAS = Object.keys(AREA_LOADERS) as Area[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = Object.fromEntries(
  await Promise.all(
    AREAS.map(async (area) => [
      area,
      { en: await AREA_LOADERS[area].en(), 'zh-CN': await AREA_LOADERS[area]['zh-CN']() },
    ]),
  ),
) as Record<Area, Record<(typeof LANGUAGES)[number], Readonly<Record<string, string>>>>;

describe('area texts', () => {
  it('types every zh-CN area over exactly its English keys', () => {
    type ZhKeys<A extends Area> = keyof Awaited<ReturnType<(typeof AREA_LOADERS)[A]['zh-CN']>>;
    expectTypeOf<ZhKeys<'checks'>>().toEqualTypeOf<keyof AreaTexts<'checks'>>();
    expectTypeOf<ZhKeys<'files'>>().toEqualTypeOf<keyof AreaTexts<'files'>>();
    expectTypeOf<AreaKey<'checks' | 'files'>>().toEqualTypeOf<
      keyof AreaTexts<'checks'> | keyof AreaTexts<'files'>
    >();
  });

  it.each(AREAS)('%s has exactly the English keys in zh-CN, none empty', (area) => {
    const { en: english, 'zh-CN': chinese } = texts[area];
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    expect(Object.values(chinese).filter((text) => text.trim() === '')).toEqual([]);
  });

  it.each(AREAS)('%s keeps the same placeholders in both languages', (area) => {
    const { en: english, 'zh-CN': chinese } = texts[area];
    const differ = Object.keys(english).filter(
      (key) => placeholders(english[key] ?? '').join() !== placeholders(chinese[key] ?? '').join(),
    );
    expect(differ).toEqual([]);
  });

  it('never gives a key two meanings: areas and the main dictionary are disjoint', () => {
    const owners = new Map<string, string>(Object.keys(en).map((key) => [key, 'main']));
    const clashes: string[] = [];
    for (const area of AREAS) {
      for (const key of Object.keys(texts[area].en)) {
        const owner = owners.get(key);
        if (owner) clashes.push(`${key} (${owner}, ${area})`);
        owners.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });
});
