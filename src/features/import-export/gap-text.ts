import { useCallback } from 'react';
import { describeContractGap } from '@/i18n/describe-contract-gap';
import { useT } from '@/i18n/i18n-provider';
import type { ContractGap } from '@/model/contract-gaps';
import type { Workspace } from '@/model/workspace';

/** Says one gap of a contract in the current language. */
export function useGapText(): (gap: ContractGap, workspace: Workspace) => string {
  const f = useT('files');
  return useCallback((gap, workspace) => describeContractGap(gap, workspace, f, f), [f]);
}
