import { useMemo } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { type ContractGap, findContractGaps } from '@/model/contract-gaps';
import { useShellStore } from '@/store/shell-store';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { focusWhenShown } from '@/ui/focus-when-shown';
import { StatusIcon } from '@/ui/status-icon';
import { useGapText } from './gap-text';

type Fix = 'contract' | 'parties' | 'checks';

function gapKey(gap: ContractGap): string {
  if ('partyId' in gap) return `${gap.code}-${gap.partyId}`;
  return 'engagementId' in gap ? `${gap.code}-${gap.engagementId}` : gap.code;
}

function fixOf(gap: ContractGap): Fix {
  if (gap.code === 'contract-title-empty' || gap.code === 'contract-date-empty') return 'contract';
  return gap.code === 'open-errors' ? 'checks' : 'parties';
}

/** The field (or heading) where a gap is fixed, focused once its view or dialog is shown. */
function targetOf(gap: ContractGap): string {
  switch (gap.code) {
    case 'contract-title-empty':
      return 'contract-title';
    case 'contract-date-empty':
      return 'contract-date';
    case 'party-unnamed':
      return `party-name-${gap.partyId}`;
    case 'engagement-without-customer':
      return `engagement-customer-${gap.engagementId}`;
    case 'engagement-without-provider':
      return `engagement-provider-${gap.engagementId}`;
    case 'open-errors':
      return 'checks-heading';
  }
}

/**
 * Before any export: what a contract annex cannot have (unnamed parties, an engagement without its
 * customer or provider party, no title or date, open errors), each with a link to where it is fixed.
 * Export stays possible; the annex then says what is missing.
 */
export function ExportCheck() {
  const f = useT('files');
  const workspace = useWorkspaceStore((s) => s.workspace);
  const gaps = useMemo(() => findContractGaps(workspace), [workspace]);
  const gapText = useGapText();
  const showDialog = useShellStore((s) => s.showDialog);
  const showView = useViewStore((s) => s.showView);
  const fix = (gap: ContractGap) => {
    const to = fixOf(gap);
    if (to === 'contract') {
      showDialog('contract');
    } else {
      showDialog(null);
      showView(to === 'parties' ? 'parties' : 'matrix');
    }
    // Once the dialog or view is shown: the field to fill in gets the focus.
    focusWhenShown(targetOf(gap));
  };
  return (
    <section className="export-check" aria-labelledby="export-check-heading">
      <h3 id="export-check-heading">
        <StatusIcon tone={gaps.length === 0 ? 'pass' : 'warning'} size={18} />{' '}
        {f('export.check.heading')}
      </h3>
      {gaps.length === 0 ? (
        <p>{f('export.check.none')}</p>
      ) : (
        <>
          <p className="field-hint">{f('export.check.intro')}</p>
          <ul className="export-gaps">
            {gaps.map((gap) => (
              <li key={gapKey(gap)}>
                <span>{gapText(gap, workspace)}</span>{' '}
                <button type="button" className="link-button" onClick={() => fix(gap)}>
                  {f(`export.check.fix.${fixOf(gap)}`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="field-hint">
        <span className="basis basis-derived">{f('export.check.derived')}</span>{' '}
        {f('export.check.why')}
      </p>
    </section>
  );
}
