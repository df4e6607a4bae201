import type { Area } from './area-loaders';
import type { Language } from './languages';
import { DICTIONARIES, type Translate, translateOver } from './translate';

type Texts = Readonly<Record<string, string>>;
type Registry = () => Promise<typeof import('./area-loaders')>;

let registry: Registry | undefined;
// The language withAreas loads in: the one the page shows, or is switching to.
let current: Language | undefined;
// One promise per area and language, kept so that React's use() sees the same promise on every
// render; the resolved texts are kept beside it so a loaded area never suspends again.
const pending = new Map<string, Promise<Texts>>();
const loaded = new Map<string, Texts>();
const translates = new Map<string, Translate<Area>>();

/**
 * Tells the cache where the area registry loads from. The app does it at start-up (and the export
 * worker, and loadTranslate when nobody has): a dynamic import() in this file would put the
 * registry's loading code on the first page load's path.
 */
export function provideAreaRegistry(load: Registry): void {
  registry ??= load;
}

/** The texts of one area in one language, loading them on first use. */
export function loadArea(area: Area, language: Language): Promise<Texts> {
  const id = `${area}/${language}`;
  let promise = pending.get(id);
  if (!promise) {
    // Without a registry (a start-up that forgot provideAreaRegistry) this fails loudly, here.
    const loading = (registry as Registry)()
      .then((m): Promise<Texts> => m.AREA_LOADERS[area][language]())
      .then((texts) => {
        loaded.set(id, texts);
        // React's use() reads these fields: a settled promise returns at once, never suspends.
        Object.assign(loading, { status: 'fulfilled', value: texts });
        return texts;
      });
    promise = loading;
    pending.set(id, promise);
  }
  return promise;
}

/**
 * Starts loading, in this language, every area loaded (or loading) in another: before a switch
 * (and at start-up, when there is none yet). Areas asked for later load in it too.
 */
export function preloadLanguage(language: Language): void {
  current = language;
  for (const id of [...pending.keys()]) void loadArea(id.split('/')[0] as Area, language);
}

/**
 * Starts loading these areas in the page's language beside a lazy feature's code, so its texts
 * arrive with it rather than after it: `lazy(() => withAreas(['checks'], import('…')))`.
 */
export function withAreas<T>(areas: readonly Area[], code: Promise<T>): Promise<T> {
  // A failure stays in the cache: the feature's useT meets it, inside its own boundary.
  if (current) for (const area of areas) loadArea(area, current).catch(() => {});
  return code;
}

/**
 * The translate function of a language over the main dictionary and these areas, all of them
 * loaded already (useT and loadTranslate wait for them first); the same function every time.
 */
export function loadedTranslate<A extends Area>(
  language: Language,
  areas: readonly A[],
): Translate<A> {
  // Keyed by the areas as named: another order only makes a second, equal function.
  const id = `${language}:${areas.join()}`;
  const known = translates.get(id);
  if (known) return known;
  const texts = areas.map((area) => loaded.get(`${area}/${language}`));
  const translate = translateOver(Object.assign({}, DICTIONARIES[language], ...texts));
  translates.set(id, translate);
  return translate;
}
