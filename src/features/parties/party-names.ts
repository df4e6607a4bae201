import type { Party } from '@/model/workspace';

/** How two names compare for a duplicate warning: ignoring case and surrounding space. */
function normalise(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/** Whether another party than `exceptId` already has this name. */
export function isNameTaken(parties: readonly Party[], name: string, exceptId?: string): boolean {
  const wanted = normalise(name);
  return wanted !== '' && parties.some((p) => p.id !== exceptId && normalise(p.name) === wanted);
}
