import { channelSuggestionTexts, jointResponseSuggestion } from '@/i18n/plan-suggestion-texts';
import type { Translate } from '@/i18n/translate';
import { CHANNEL_SUGGESTION_IDS } from '@/model/suggest-channels-table';
import {
  TEMPLATE_ENGAGEMENT_KEYS,
  TEMPLATE_PARTY_KEYS,
  type TemplateTexts,
} from '@/model/templates/template-texts';

function table<K extends string>(keys: readonly K[], text: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, text(key)])) as Record<K, string>;
}

/**
 * The words a template is filled with, for the language-free model: its own names from the
 * translations, and the plan's suggested channels and joint response in that language, so that a
 * template's deadlines are the plan's.
 */
export function templateTextsFrom(
  t: Translate<'templates' | 'plan' | 'plan-suggestions'>,
): TemplateTexts {
  return {
    parties: table(TEMPLATE_PARTY_KEYS, (key) => t(`party.${key}`)),
    engagements: table(TEMPLATE_ENGAGEMENT_KEYS, (key) => t(`engagement.${key}`)),
    channels: Object.fromEntries(
      CHANNEL_SUGGESTION_IDS.map((id) => [id, channelSuggestionTexts(id, t)]),
    ) as TemplateTexts['channels'],
    separator: t('list.clauseSeparator'),
    jointResponse: jointResponseSuggestion(t),
  };
}
