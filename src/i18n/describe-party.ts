import type { Party } from '@/model/workspace';
import type { Translate } from './translate';

/**
 * What a party is called on screen: its own name, or its id in words when the workspace does not
 * name it (an imported file may leave a name blank, or a reference may outlive its party).
 */
export function describeParty(parties: readonly Party[], partyId: string, t: Translate): string {
  const name = parties.find((party) => party.id === partyId)?.name.trim();
  return name || t('party.fallback', { id: partyId });
}
