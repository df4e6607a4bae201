import { create } from 'zustand';

/** Which party the user acts for (domain §11): proposals, comments and signatures go under it. */
export interface ActingPartyState {
  readonly actingPartyId: string | null;
  readonly setActingParty: (partyId: string | null) => void;
}

/**
 * The acting party of this tab: a choice of the person at the keyboard, not part of the workspace
 * (the same file is opened by every party), so it is neither saved with it nor undone.
 */
export const useActingPartyStore = create<ActingPartyState>()((set) => ({
  actingPartyId: null,
  setActingParty: (actingPartyId) => set({ actingPartyId }),
}));
