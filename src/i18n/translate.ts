import { en, type MessageKey, type Messages } from './en';
import type { Language } from './languages';
import { zhCn } from './zh-cn';

const DICTIONARIES: Readonly<Record<Language, Messages>> = { en, 'zh-CN': zhCn };

/** Values to put into a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translation function bound to one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Makes the translation function of a language; placeholders without a value stay visible. */
export function makeTranslate(language: Language): Translate {
  const messages = DICTIONARIES[language];
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
