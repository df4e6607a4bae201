import type { Workspace } from './workspace';

/**
 * Whether a workspace is still as new: no parties, no changes, no plan, no departments, no contract
 * title, and one engagement with no party and no security service. Such a workspace is offered the
 * report's templates first.
 */
export function isEmptyWorkspace(workspace: Workspace): boolean {
  const [only, ...more] = workspace.engagements;
  return (
    more.length === 0 &&
    workspace.parties.length === 0 &&
    workspace.overrides.length === 0 &&
    workspace.channels.length === 0 &&
    workspace.departments.length === 0 &&
    workspace.contract.title.trim() === '' &&
    (only === undefined ||
      (only.customerPartyId === null &&
        only.providerPartyId === null &&
        only.securityServices.length === 0))
  );
}
