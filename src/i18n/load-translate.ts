import { loadArea, loadedTranslate } from './area-cache';
import type { Area } from './area-loaders';
import type { Language } from './languages';
import type { Translate } from './translate';

/**
 * The translate function of a language over the main dictionary and these areas, outside React:
 * for exports, the export worker and tests (`await loadTranslate('zh-CN', 'files', 'annex')`).
 * Its texts are those useT gives: the same cache, the same registry.
 */
export async function loadTranslate<A extends Area>(
  language: Language,
  ...areas: A[]
): Promise<Translate<A>> {
  await Promise.all(areas.map((area) => loadArea(area, language)));
  return loadedTranslate(language, areas);
}
