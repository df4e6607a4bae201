// Kept apart from customer-duties.ts, which the first-loaded checks import, so the first page does
// not carry what only the departments view needs.
import type { Engagement, Party, Workspace } from './workspace';

/**
 * The parties whose duties departments can split: those holding the customer role, then those named
 * as the customer of an engagement without holding the role, in the workspace's order.
 */
export function findCustomerParties(workspace: Workspace): Party[] {
  const named = new Set(workspace.engagements.map((e) => e.customerPartyId));
  return workspace.parties.filter(
    (party) => party.roles.includes('customer') || named.has(party.id),
  );
}

/** The engagements where a party is the customer. */
export function findEngagementsAsCustomer(workspace: Workspace, partyId: string): Engagement[] {
  return workspace.engagements.filter((e) => e.customerPartyId === partyId);
}
