import { checkWorkspace } from './check-workspace';
import type { Workspace } from './workspace';

/** Something a contract annex cannot have, found before it is exported. [derived] */
export type ContractGap =
  | { readonly code: 'contract-title-empty' }
  | { readonly code: 'contract-date-empty' }
  | { readonly code: 'party-unnamed'; readonly partyId: string }
  | { readonly code: 'engagement-without-customer'; readonly engagementId: string }
  | { readonly code: 'engagement-without-provider'; readonly engagementId: string }
  | { readonly code: 'open-errors'; readonly count: number };

/**
 * What a workspace lacks to be a contract annex: a title and a date, a name for every party, a
 * customer and a provider party for every engagement, and no check that ends in an error. The user
 * may still export; the annex then lists these gaps.
 */
export function findContractGaps(workspace: Workspace): ContractGap[] {
  const gaps: ContractGap[] = [];
  if (workspace.contract.title.trim() === '') gaps.push({ code: 'contract-title-empty' });
  if (workspace.contract.date.trim() === '') gaps.push({ code: 'contract-date-empty' });
  for (const party of workspace.parties) {
    if (party.name.trim() === '') gaps.push({ code: 'party-unnamed', partyId: party.id });
  }
  for (const engagement of workspace.engagements) {
    const id = engagement.id;
    if (engagement.customerPartyId === null) {
      gaps.push({ code: 'engagement-without-customer', engagementId: id });
    }
    if (engagement.providerPartyId === null) {
      gaps.push({ code: 'engagement-without-provider', engagementId: id });
    }
  }
  const errors = checkWorkspace(workspace).filter((f) => f.severity === 'error').length;
  if (errors > 0) gaps.push({ code: 'open-errors', count: errors });
  return gaps;
}
