import type { ContractGap } from '@/model/contract-gaps';
import type { Workspace } from '@/model/workspace';
import type { AreaKey } from './area-loaders';
import { describeEngagement } from './describe-engagement';
import type { MessageParams, Translate } from './translate';

// Only the files area's keys are asked for, so the annex may pass a function over that area alone.
type FilesTranslate = (key: AreaKey<'files'>, params?: MessageParams) => string;

/** Says one gap of a contract (the export check, the PDF and the printed annex share it). */
export function describeContractGap(
  gap: ContractGap,
  workspace: Workspace,
  t: Translate,
  f: FilesTranslate,
): string {
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
}
