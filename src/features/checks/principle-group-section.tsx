import { useMemo, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { GroupStatus, PrincipleGroup } from '@/model/group-findings';
import type { Workspace } from '@/model/workspace';
import { StatusIcon } from '@/ui/status-icon';
import { FindingItem, findingKey } from './finding-item';
import { countsText } from './finding-text';

const TONE_OF = { passed: 'pass', warned: 'warning', failed: 'error' } as const satisfies Record<
  GroupStatus,
  string
>;

// A workspace of hundreds of engagements can have a thousand findings: the first ones show at once and
// the rest on request, so an edit does not re-render them all [derived].
const FIRST_FINDINGS = 50;

/** One principle: its name and state in the heading (icon and words), then its findings. */
export function PrincipleGroupSection({
  group,
  workspace,
}: {
  group: PrincipleGroup;
  workspace: Workspace;
}) {
  const t = useT('checks');
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? group.findings : group.findings.slice(0, FIRST_FINDINGS);
  const position = useMemo(
    () => new Map(workspace.engagements.map((engagement, index) => [engagement.id, index])),
    [workspace.engagements],
  );
  const several = workspace.engagements.length > 1;
  const headingId = `checks-principle-${group.principle}`;
  const state =
    group.status === 'passed'
      ? t('checks.statusPassed')
      : countsText(t, group.errors, group.warnings);
  return (
    <section className={`checks-group checks-group-${group.status}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="checks-group-heading">
        <span className="checks-group-name">{t(`principle.${group.principle}`)}</span>
        <span className="checks-group-state">
          <StatusIcon tone={TONE_OF[group.status]} />
          {state}
        </span>
      </h3>
      {group.findings.length === 0 ? (
        <p className="checks-nothing">{t('checks.nothingToFix')}</p>
      ) : (
        <ul className="finding-list">
          {shown.map((finding) => {
            const index = position.get(finding.engagementId) ?? -1;
            return (
              <FindingItem
                key={findingKey(finding)}
                finding={finding}
                engagement={workspace.engagements[index]}
                number={several ? index + 1 : null}
                parties={workspace.parties}
              />
            );
          })}
        </ul>
      )}
      {group.findings.length > FIRST_FINDINGS ? (
        <button type="button" className="checks-show-all" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('checks.showFewer', { count: FIRST_FINDINGS })
            : t('checks.showAll', { count: group.findings.length })}
        </button>
      ) : null}
    </section>
  );
}
