import type { Translate } from '@/i18n/translate';
import type { Role } from '@/model/roles';
import type { Party } from '@/model/workspace';

/** The value a party select takes when no party is named. */
export const NOT_NAMED = '';

/**
 * The choices for a role in an engagement: nobody named, then the parties that hold the role. A
 * party named there that has since lost the role stays listed, and says so, so the select never
 * shows a choice that is not the stored one.
 */
export function partyOptions(
  parties: readonly Party[],
  role: Role,
  current: string | null,
  p: Translate<'parties'>,
): { value: string; label: string }[] {
  return [
    { value: NOT_NAMED, label: p('engagements.notNamed') },
    ...parties
      .filter((party) => party.roles.includes(role) || party.id === current)
      .map((party) => ({
        value: party.id,
        label: party.roles.includes(role)
          ? party.name
          : p('engagements.lacksRole', { name: party.name }),
      })),
  ];
}

/** A select's value as a party reference. */
export function toPartyId(value: string): string | null {
  return value === NOT_NAMED ? null : value;
}
