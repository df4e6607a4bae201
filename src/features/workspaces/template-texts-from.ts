import type { TemplatesKey } from '@/i18n/templates-messages';
import { INFORMATION_CATEGORIES } from '@/model/principles';
import {
  CHANNEL_CATEGORIES_OF,
  CHANNEL_KINDS,
  type ChannelPair,
  TEMPLATE_ENGAGEMENT_KEYS,
  TEMPLATE_PARTY_KEYS,
  type TemplateTexts,
} from '@/model/templates/template-texts';

/** Looks up one text of the templates in the user's language. */
export type TemplatesTranslate = (key: TemplatesKey) => string;

function table<K extends string>(keys: readonly K[], text: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, text(key)])) as Record<K, string>;
}

/** The words a template is filled with, from the translations, for the language-free model. */
export function templateTextsFrom(t: TemplatesTranslate): TemplateTexts {
  const pairs = Object.keys(CHANNEL_CATEGORIES_OF) as ChannelPair[];
  return {
    parties: table(TEMPLATE_PARTY_KEYS, (key) => t(`party.${key}`)),
    engagements: table(TEMPLATE_ENGAGEMENT_KEYS, (key) => t(`engagement.${key}`)),
    channelWhat: table(CHANNEL_KINDS, (kind) => t(`channel.${kind}`)),
    channelTrigger: table(INFORMATION_CATEGORIES, (c) => t(`channel.trigger.${c}`)),
    channelTimeliness: table(INFORMATION_CATEGORIES, (c) => t(`channel.timeliness.${c}`)),
    channelMedium: table(pairs, (pair) => t(`channel.medium.${pair}`)),
  };
}
