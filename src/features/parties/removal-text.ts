import type { Translate } from '@/i18n/translate';
import type { PartyRemovalEffects } from '@/model/edit-parties';

type CountKey = 'channels' | 'departments' | 'raci';

function count(
  p: Translate<'parties'>,
  key: `parties.${'unlinked' | `effect.${CountKey}`}`,
  n: number,
) {
  return p(n === 1 ? `${key}.one` : `${key}.other`, { count: n });
}

/** A list of phrases joined as the language joins them: `a, b and c`, `甲、乙和丙`. */
export function joinPhrases(p: Translate<'parties'>, phrases: readonly string[]): string {
  if (phrases.length < 2) return phrases.join('');
  const head = phrases.slice(0, -1).join(p('list.separator'));
  return `${head}${p('parties.lastSeparator')}${phrases.at(-1)}`;
}

/** What the notice says after a party was removed: what went with it and what stopped naming it. */
export function describePartyRemoval(
  p: Translate<'parties'>,
  name: string,
  effects: PartyRemovalEffects,
): string {
  const keys: readonly CountKey[] = ['channels', 'departments', 'raci'];
  const gone = keys
    .filter((key) => effects[key] > 0)
    .map((key) => count(p, `parties.effect.${key}`, effects[key]));
  const lead =
    gone.length > 0
      ? p('parties.removedWith', { name, what: joinPhrases(p, gone) })
      : p('parties.removed', { name });
  return effects.engagements > 0
    ? `${lead} ${count(p, 'parties.unlinked', effects.engagements)}`
    : lead;
}
