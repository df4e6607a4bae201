import { en, type MessageKey, type Messages } from './en';
import type { Language } from './languages';
import { zhCn } from './zh-cn';

const DICTIONARIES: Readonly<Record<Language, Messages>> = { en, 'zh-CN': zhCn };

/** Values to put into a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translation function bound to one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Puts params into a message's `{name}` placeholders; a placeholder without a value stays visible. */
export function fillMessage(template: string, params?: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );
}

/** Makes the translation function of a language. */
export function makeTranslate(language: Language): Translate {
  const messages = DICTIONARIES[language];
  return (key, params) => fillMessage(messages[key], params);
}
