import { type CrosswalkKey, crosswalkEn } from './crosswalk-en';
import { crosswalkZhCn } from './crosswalk-zh-cn';

/**
 * The crosswalk's words in both languages, for useSectionT: they travel with the crosswalk column and
 * the exports that load on demand, not with the first page.
 */
export const CROSSWALK_MESSAGES = { en: crosswalkEn, 'zh-CN': crosswalkZhCn };

/** A translate function over the crosswalk's words. */
export type CrosswalkTranslate = (
  key: CrosswalkKey,
  params?: Readonly<Record<string, string | number>>,
) => string;
