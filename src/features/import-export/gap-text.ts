import { useCallback } from 'react';
import { describeEngagement } from '@/i18n/describe-engagement';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import { useT } from '@/i18n/i18n-provider';
import { useSectionT } from '@/i18n/use-section-t';
import type { ContractGap } from '@/model/contract-gaps';
import type { Workspace } from '@/model/workspace';

/** Says one gap of a contract in the current language (the export check and the annex share it). */
export function useGapText(): (gap: ContractGap, workspace: Workspace) => string {
  const t = useT();
  const f = useSectionT(FILES_MESSAGES);
  return useCallback(
    (gap, workspace) => {
      switch (gap.code) {
        case 'party-unnamed':
          return f('export.check.party-unnamed', {
            n: workspace.parties.findIndex((p) => p.id === gap.partyId) + 1,
          });
        case 'engagement-without-customer':
        case 'engagement-without-provider':
          return f(`export.check.${gap.code}`, {
            engagement: describeEngagement(workspace.engagements, gap.engagementId, t),
          });
        case 'open-errors':
          return f('export.check.open-errors', { count: gap.count });
        default:
          return f(`export.check.${gap.code}`);
      }
    },
    [t, f],
  );
}
