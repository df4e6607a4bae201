import { useCallback, useMemo } from 'react';
import type { MessageKey } from './en';
import { useLanguage, useT } from './i18n-provider';
import type { Language } from './languages';
import { fillMessage, type MessageParams, type Translate } from './translate';

/** The texts of one lazily loaded area in every language; every language must have every key. */
export type SectionMessages<K extends string> = Readonly<
  Record<Language, Readonly<Record<K, string>>>
>;

/** The translate function of one area's texts in one language, outside React (an export worker). */
export function sectionTranslate<K extends string>(
  messages: SectionMessages<K>,
  language: Language,
): (key: K, params?: MessageParams) => string {
  return (key, params) => fillMessage(messages[language][key], params);
}

/**
 * The translate function for an area whose texts travel with its own code, so an area loaded on
 * demand (such as the guide) does not weigh on the first page load.
 */
export function useSectionT<K extends string>(
  messages: SectionMessages<K>,
): (key: K, params?: MessageParams) => string {
  const { language } = useLanguage();
  return useCallback(
    (key, params) => fillMessage(messages[language][key], params),
    [messages, language],
  );
}

/** A translate function that knows the main dictionary's keys and one area's own keys. */
export type ExtendedTranslate<K extends string> = (
  key: MessageKey | K,
  params?: MessageParams,
) => string;

/** Adds one area's texts (of one language) to a translate function of the main dictionary. */
export function extendTranslate<K extends string>(
  t: Translate,
  section: Readonly<Record<K, string>>,
): ExtendedTranslate<K> {
  return (key, params) =>
    Object.hasOwn(section, key)
      ? fillMessage(section[key as K], params)
      : t(key as MessageKey, params);
}

/**
 * The translate function of an area loaded on demand whose texts mix catalogue names (main
 * dictionary) with its own sentences (travelling with its code).
 */
export function useExtendedT<K extends string>(messages: SectionMessages<K>): ExtendedTranslate<K> {
  const t = useT();
  const { language } = useLanguage();
  return useMemo(() => extendTranslate(t, messages[language]), [t, messages, language]);
}
