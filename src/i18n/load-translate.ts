import type { Area } from './area-loaders';
import type { Language } from './languages';
import { DICTIONARIES, type Translate, translateOver } from './translate';

type Texts = Readonly<Record<string, string>>;

// One promise per area and language, kept so that React's use() sees the same promise on every
// render; the resolved texts are kept beside it so a loaded area never suspends again.
const pending = new Map<string, Promise<Texts>>();
const loaded = new Map<string, Texts>();
const translates = new Map<string, Translate<Area>>();

/** The texts of one area in one language, loading them (and the registry) on first use. */
export function loadArea(area: Area, language: Language): Promise<Texts> {
  const id = `${area}/${language}`;
  let promise = pending.get(id);
  if (!promise) {
    // The registry is a chunk of its own: the first page load carries this line, not the list.
    promise = import('./area-loaders')
      .then((m): Promise<Texts> => m.AREA_LOADERS[area][language]())
      .then((texts) => {
        loaded.set(id, texts);
        return texts;
      });
    pending.set(id, promise);
  }
  return promise;
}

/** The areas already loaded (or loading) in some language: those a language switch must bring. */
export function areasInUse(): Area[] {
  return [...new Set([...pending.keys()].map((id) => id.split('/')[0] as Area))];
}

/**
 * The translate function of a language over the main dictionary and these areas, if all of them
 * have loaded; the same function every time for the same language and areas.
 */
export function loadedTranslate<A extends Area>(
  language: Language,
  areas: readonly A[],
): Translate<A> | undefined {
  const id = `${language}:${[...areas].sort().join(',')}`;
  const known = translates.get(id);
  if (known) return known;
  const texts = areas.map((area) => loaded.get(`${area}/${language}`));
  if (texts.some((t) => t === undefined)) return undefined;
  const translate = translateOver(Object.assign({}, DICTIONARIES[language], ...texts));
  translates.set(id, translate);
  return translate;
}

/**
 * The translate function of a language over the main dictionary and these areas, outside React:
 * for exports, the export worker and tests (`await loadTranslate('zh-CN', 'files', 'annex')`).
 */
export async function loadTranslate<A extends Area>(
  language: Language,
  ...areas: A[]
): Promise<Translate<A>> {
  await Promise.all(areas.map((area) => loadArea(area, language)));
  return loadedTranslate(language, areas) as Translate<A>;
}
