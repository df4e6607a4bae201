import type { ContractMeta, Workspace } from './workspace';

/** Updates the contract's title, version, date or notes. */
export function setContract(workspace: Workspace, patch: Partial<ContractMeta>): Workspace {
  const contract = { ...workspace.contract, ...patch };
  const same = (Object.keys(contract) as (keyof ContractMeta)[]).every(
    (k) => contract[k] === workspace.contract[k],
  );
  // Setting what is already there leaves no undo step.
  return same ? workspace : { ...workspace, contract };
}
