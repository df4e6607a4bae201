import type { ChannelSuggestionId } from '@/model/suggest-channels-table';
import type { TemplateChannelTexts } from '@/model/templates/template-texts';
import type { Translate } from './translate';

const FIELDS = ['what', 'trigger', 'timeliness', 'medium'] as const;

/** The texts a suggested channel (domain §5) is filled in with, in the translate function's language. */
export function channelSuggestionTexts(
  id: ChannelSuggestionId,
  t: Translate<'plan-suggestions'>,
): TemplateChannelTexts {
  const [what, trigger, timeliness, medium] = FIELDS.map((field) =>
    t(`planSuggestion.${id}.${field}`),
  ) as [string, string, string, string];
  return { what, trigger, timeliness, medium };
}

/** The texts a suggested joint-response entry is filled in with. */
export function jointResponseSuggestion(t: Translate<'plan-suggestions'>): {
  readonly notification: string;
  readonly timeliness: string;
} {
  return {
    notification: t('planSuggestion.jointResponse.notification'),
    timeliness: t('planSuggestion.jointResponse.timeliness'),
  };
}
