import type { Area, AreaKey } from './area-loaders';
import { en, type MessageKey, type Messages } from './en';
import type { Language } from './languages';
import { zhCn } from './zh-cn';

/** The main dictionary of each language: the texts of the first page load. */
export const DICTIONARIES: Readonly<Record<Language, Messages>> = { en, 'zh-CN': zhCn };

/** Values to put into a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A translation function bound to one language: it knows the main dictionary's keys and those of
 * the areas `A` (`Translate<'checks' | 'files'>`); plain `Translate` knows the main keys only.
 */
export type Translate<A extends Area = never> = (
  key: MessageKey | AreaKey<A>,
  params?: MessageParams,
) => string;

/** Puts params into a message's `{name}` placeholders; a placeholder without a value stays visible. */
export function fillMessage(template: string, params?: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );
}

/** The translate function over a set of texts; an unknown key shows itself rather than failing. */
export function translateOver(messages: Readonly<Record<string, string>>): Translate<Area> {
  return (key, params) => fillMessage(messages[key] ?? key, params);
}

/** Makes the translation function of a language's main dictionary (no area loaded). */
export function makeTranslate(language: Language): Translate {
  return translateOver(DICTIONARIES[language]);
}
