// Transitional: only the annex files being reworked in parallel (print-annex/use-print-t.ts,
// import-export/annex-labels-for.ts) still import this. New code uses useT(...areas) or
// loadTranslate(language, ...areas); delete this file once those two do.
import { useCallback } from 'react';
import { useLanguage } from './i18n-provider';
import type { Language } from './languages';
import { fillMessage, type MessageParams } from './translate';

/** An area's texts in every language (legacy shape, for the annex files only). */
type SectionMessages<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

/** Legacy: one area's translate function in one language, outside React. */
export function sectionTranslate<K extends string>(
  messages: SectionMessages<K>,
  language: Language,
): (key: K, params?: MessageParams) => string {
  return (key, params) => fillMessage(messages[language][key], params);
}

/** Legacy: one area's translate function in the current language. */
export function useSectionT<K extends string>(
  messages: SectionMessages<K>,
): (key: K, params?: MessageParams) => string {
  const { language } = useLanguage();
  return useCallback(
    (key, params) => fillMessage(messages[language][key], params),
    [messages, language],
  );
}
