import { useT } from '@/i18n/i18n-provider';
import type { Party } from '@/model/workspace';
import { useActingPartyStore } from '@/store/acting-party-store';

/** "I act for": the party under whose name this user proposes, comments and signs. */
export function ActingPartyPicker({ parties }: { parties: readonly Party[] }) {
  const a = useT('agreement');
  const actingPartyId = useActingPartyStore((s) => s.actingPartyId);
  const setActingParty = useActingPartyStore((s) => s.setActingParty);
  const known = parties.some((party) => party.id === actingPartyId);
  return (
    <label className="agreement-field">
      <span>{a('agreement.actingParty')}</span>
      <select
        value={known ? (actingPartyId ?? '') : ''}
        onChange={(event) => setActingParty(event.target.value || null)}
      >
        <option value="">{a('agreement.actingNone')}</option>
        {parties.map((party) => (
          <option key={party.id} value={party.id}>
            {party.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The acting party's id when it is one of these parties, else null. */
export function useActingParty(parties: readonly Party[]): Party | null {
  const actingPartyId = useActingPartyStore((s) => s.actingPartyId);
  return parties.find((party) => party.id === actingPartyId) ?? null;
}
