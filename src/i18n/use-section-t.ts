import { useCallback } from 'react';
import { useLanguage } from './i18n-provider';
import type { Language } from './languages';
import { fillMessage, type MessageParams } from './translate';

/** The texts of one lazily loaded area in every language; every language must have every key. */
export type SectionMessages<K extends string> = Readonly<
  Record<Language, Readonly<Record<K, string>>>
>;

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
