import type { Actor } from '@/model/agreement/agreement-edits';

/** The acting party now, with fresh random ids for what it records. */
export function newActor(partyId: string): Actor {
  return { partyId, at: new Date().toISOString(), newId: () => crypto.randomUUID() };
}
