import { JOINT_RESPONSE_SUGGESTION } from '@/i18n/joint-response-suggestion';
import type { Language } from '@/i18n/languages';
import { PLAN_MESSAGES, PLAN_SUGGESTIONS } from '@/i18n/plan-messages';
import type { TemplatesKey } from '@/i18n/templates-messages';
import {
  TEMPLATE_ENGAGEMENT_KEYS,
  TEMPLATE_PARTY_KEYS,
  type TemplateTexts,
} from '@/model/templates/template-texts';

/** Looks up one text of the templates in the user's language. */
export type TemplatesTranslate = (key: TemplatesKey) => string;

function table<K extends string>(keys: readonly K[], text: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, text(key)])) as Record<K, string>;
}

/**
 * The words a template is filled with, for the language-free model: its own names from the
 * translations, and the plan's suggested channels and joint response in that language, so that a
 * template's deadlines are the plan's.
 */
export function templateTextsFrom(t: TemplatesTranslate, language: Language): TemplateTexts {
  return {
    parties: table(TEMPLATE_PARTY_KEYS, (key) => t(`party.${key}`)),
    engagements: table(TEMPLATE_ENGAGEMENT_KEYS, (key) => t(`engagement.${key}`)),
    channels: PLAN_SUGGESTIONS[language],
    separator: PLAN_MESSAGES[language]['plan.textSeparator'],
    jointResponse: JOINT_RESPONSE_SUGGESTION[language],
  };
}
