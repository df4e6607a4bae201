import type { ContractMeta, Workspace } from './workspace';

/** Updates the contract's title, version, date or notes. */
export function setContract(workspace: Workspace, patch: Partial<ContractMeta>): Workspace {
  return { ...workspace, contract: { ...workspace.contract, ...patch } };
}
