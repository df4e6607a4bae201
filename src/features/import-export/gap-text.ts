import { useCallback } from 'react';
import { describeContractGap } from '@/i18n/describe-contract-gap';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import { useT } from '@/i18n/i18n-provider';
import { useSectionT } from '@/i18n/use-section-t';
import type { ContractGap } from '@/model/contract-gaps';
import type { Workspace } from '@/model/workspace';

/** Says one gap of a contract in the current language. */
export function useGapText(): (gap: ContractGap, workspace: Workspace) => string {
  const t = useT();
  const f = useSectionT(FILES_MESSAGES);
  return useCallback((gap, workspace) => describeContractGap(gap, workspace, t, f), [t, f]);
}
