import { type ReactNode, useId, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useWorkspaceStore } from '@/store/use-workspace-store';

/**
 * The scenario picker's frame: open beside the matrix on wide screens; on narrow ones a one-line
 * summary above the matrix ("IaaS · Cloud service") that opens the picker, so the matrix comes first.
 */
export function ScenarioDrawer({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const engagement = useWorkspaceStore(selectCurrentEngagement);
  const id = useId();
  return (
    <div className="scenario-drawer" data-open={open}>
      <button
        type="button"
        className="scenario-drawer-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="scenario-drawer-label">{t('scenario.heading')}</span>
        {engagement ? (
          <span className="scenario-drawer-summary">
            {t(`serviceTypeShort.${engagement.resourceService}`)} · {t(`mode.${engagement.mode}`)}
          </span>
        ) : null}
        <span aria-hidden="true" className="scenario-drawer-chevron">
          ▾
        </span>
      </button>
      <div id={id} className="scenario-drawer-content">
        {children}
      </div>
    </div>
  );
}
