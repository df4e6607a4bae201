import { useMemo } from 'react';
import { describeContractGap } from '@/i18n/describe-contract-gap';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import { useT } from '@/i18n/i18n-provider';
import { useSectionT } from '@/i18n/use-section-t';
import { findContractGaps } from '@/model/contract-gaps';
import type { Workspace } from '@/model/workspace';
import { usePrintT } from './use-print-t';

/** What the contract lacked when it was printed, as the PDF says it; nothing when it is complete. */
export function PrintGaps({ workspace }: { workspace: Workspace }) {
  const t = useT();
  const f = useSectionT(FILES_MESSAGES);
  const p = usePrintT();
  const gaps = useMemo(() => findContractGaps(workspace), [workspace]);
  if (gaps.length === 0) return null;
  return (
    <section className="print-section" aria-labelledby="print-gaps-heading">
      <h2 id="print-gaps-heading">{p('print.gaps.heading')}</h2>
      <p>{p('print.gaps.intro')}</p>
      <ul>
        {gaps.map((gap) => (
          <li
            key={`${gap.code}-${'partyId' in gap ? gap.partyId : ''}${'engagementId' in gap ? gap.engagementId : ''}`}
          >
            {describeContractGap(gap, workspace, t, f)}
          </li>
        ))}
      </ul>
    </section>
  );
}
