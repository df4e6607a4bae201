import { memo, useDeferredValue, useMemo } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { checkWorkspace } from '@/model/check-workspace';
import { groupFindings, summariseGroups } from '@/model/group-findings';
import type { Workspace } from '@/model/workspace';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { StatusIcon } from '@/ui/status-icon';
import { countsText } from './finding-text';
import { PrincipleGroupSection } from './principle-group-section';
import './checks-panel.css';

/** The findings of the checks (domain §4), live as the user edits, grouped by the four principles. */
export function ChecksPanel() {
  // Deferred: the matrix answers an edit within the frame, the findings follow right after.
  const workspace = useDeferredValue(useWorkspaceStore((s) => s.workspace));
  return <ChecksPanelContent workspace={workspace} />;
}

// Memoised, so the urgent render of an edit (in which the deferred workspace is still the old one)
// stops here instead of re-rendering every finding twice.
const ChecksPanelContent = memo(function ChecksPanelContent({
  workspace,
}: {
  workspace: Workspace;
}) {
  // The suggested joint response (a one-click fix) loads with the panel, not when a fix shows.
  const t = useT('checks', 'plan-suggestions');
  const groups = useMemo(() => groupFindings(checkWorkspace(workspace)), [workspace]);
  const summary = summariseGroups(groups);
  const allPass = summary.errors + summary.warnings === 0;
  const tone = summary.errors > 0 ? 'error' : allPass ? 'pass' : 'warning';
  return (
    <section className="panel checks-panel" aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checks.heading')}</h2>
      <p className="checks-intro">{t('checks.intro')}</p>
      {/* Only the summary is live, so an edit is announced once, not finding by finding. */}
      <p className={`checks-summary checks-summary-${tone}`} role="status">
        <StatusIcon tone={tone} size={20} />
        <span>
          {allPass
            ? t('checks.summaryAllPass')
            : t('checks.summaryIssues', {
                counts: countsText(t, summary.errors, summary.warnings),
                principles: summary.principlesWithFindings,
              })}
        </span>
      </p>
      {groups.map((group) => (
        <PrincipleGroupSection key={group.principle} group={group} workspace={workspace} />
      ))}
    </section>
  );
});
