import { CHECKS_MESSAGES } from '@/i18n/checks-messages';
import { useExtendedT } from '@/i18n/use-section-t';
import type { GroupStatus, PrincipleGroup } from '@/model/group-findings';
import type { Workspace } from '@/model/workspace';
import { StatusIcon } from '@/ui/status-icon';
import { FindingItem, findingKey } from './finding-item';
import { countsText } from './finding-text';

const TONE_OF = { passed: 'pass', warned: 'warning', failed: 'error' } as const satisfies Record<
  GroupStatus,
  string
>;

/** One principle: its name and state in the heading (icon and words), then its findings. */
export function PrincipleGroupSection({
  group,
  workspace,
}: {
  group: PrincipleGroup;
  workspace: Workspace;
}) {
  const t = useExtendedT(CHECKS_MESSAGES);
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
          {group.findings.map((finding) => (
            <FindingItem key={findingKey(finding)} finding={finding} workspace={workspace} />
          ))}
        </ul>
      )}
    </section>
  );
}
