import { useT } from '@/i18n/i18n-provider';
import type { RaciRowState } from '@/model/check-departments';
import { StatusIcon } from '@/ui/status-icon';
import { raciStateText } from './department-names';

const TONE_OF = {
  agreed: 'pass',
  noAccountable: 'warning',
  severalAccountable: 'error',
  withoutDuty: 'warning',
} as const satisfies Record<RaciRowState, string>;

/** How a RACI row stands against the one-Accountable check: an icon of its own shape, and words. */
export function RaciRowFlag({ state }: { readonly state: RaciRowState }) {
  const d = useT('departments');
  return (
    <span className={`raci-flag raci-flag-${TONE_OF[state]}`}>
      <StatusIcon tone={TONE_OF[state]} size={16} />
      <span>{raciStateText(state, d)}</span>
    </span>
  );
}
