import type { AreaKey } from '@/i18n/area-loaders';
import { describeParty } from '@/i18n/describe-party';
import { channelSuggestionTexts } from '@/i18n/plan-suggestion-texts';
import type { Translate } from '@/i18n/translate';
import type { ChannelDraft } from '@/model/edit-channels';
import type { ChannelSuggestion } from '@/model/suggest-channels';
import { type ChannelDirection, rolesAtEnd } from '@/model/suggest-channels-table';
import type { Workspace } from '@/model/workspace';

/**
 * Tells the user what an action did, as a key and its values rather than a sentence, so the message
 * follows a change of language.
 */
export type Announce = (
  key: AreaKey<'plan'>,
  params?: Readonly<Record<string, string | number>>,
) => void;

/**
 * A party with the roles it plays in a pair, e.g. `CloudCo (Cloud service provider)`: the roles of
 * the §5 directions, or, for a pair the user added, the roles the party holds.
 */
export function partyWithRoles(
  workspace: Workspace,
  partyId: string,
  directions: readonly ChannelDirection[],
  end: 'from' | 'to',
  t: Translate,
  p: Translate<'plan'>,
): string {
  const held = workspace.parties.find((party) => party.id === partyId)?.roles ?? [];
  const roles = rolesAtEnd(directions, end, held);
  const name = describeParty(workspace.parties, partyId, t);
  if (roles.length === 0) return name;
  const list = roles.map((role) => t(`role.${role}`)).join(t('list.separator'));
  return p('plan.partyWithRoles', { name, roles: list });
}

/**
 * A channel to add for a suggestion, written in the user's language: the texts of its §5
 * suggestions (joined when a party plays two directions), or blank texts when it has none.
 */
export function draftFromSuggestion(
  suggestion: ChannelSuggestion,
  p: Translate<'plan' | 'plan-suggestions'>,
): ChannelDraft {
  const texts = suggestion.suggestionIds.map((id) => channelSuggestionTexts(id, p));
  const join = (field: keyof (typeof texts)[number]) =>
    texts.map((text) => text[field]).join(p('list.clauseSeparator'));
  return {
    fromPartyId: suggestion.fromPartyId,
    toPartyId: suggestion.toPartyId,
    category: suggestion.category,
    what: join('what'),
    trigger: join('trigger'),
    timeliness: join('timeliness'),
    medium: join('medium'),
  };
}
