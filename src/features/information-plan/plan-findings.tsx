import { useMemo } from 'react';
import { describeEngagement } from '@/i18n/describe-engagement';
import { describeParty } from '@/i18n/describe-party';
import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import { checkWorkspace } from '@/model/check-workspace';
import { addChannels } from '@/model/edit-channels';
import type { Finding } from '@/model/findings';
import { suggestChannelsFor } from '@/model/suggest-channels';
import type { Workspace } from '@/model/workspace';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { StatusIcon } from '@/ui/status-icon';
import { type Announce, draftFromSuggestion } from './plan-words';

interface PlanFindingsProps {
  readonly workspace: Workspace;
  readonly p: Translate<'plan' | 'plan-suggestions'>;
  readonly announce: Announce;
}

/**
 * The `no-information-channel` findings (transparent collaboration): which party serves which
 * customer in which engagement without passing it any security information, each with a button that
 * adds the channels the plan suggests for that pair.
 */
export function PlanFindings({ workspace, p, announce }: PlanFindingsProps) {
  const t = useT();
  const edit = useWorkspaceStore((s) => s.edit);
  const findings = useMemo(
    () => checkWorkspace(workspace).filter((f) => f.code === 'no-information-channel'),
    [workspace],
  );
  const addFor = (finding: Finding, party: string, customer: string) => {
    const customerId = customerOf(workspace, finding);
    if (finding.partyId === undefined || customerId === null) return;
    const suggestions = suggestChannelsFor(workspace, finding.partyId, customerId);
    edit(
      addChannels,
      suggestions.map((s) => draftFromSuggestion(s, p)),
    );
    announce('plan.addedFor', { count: suggestions.length, party, customer });
  };
  return (
    <section className="panel plan-findings" aria-labelledby="plan-findings-heading">
      {/* With nothing to report the heading says what was checked, not a list title that reads as an error. */}
      <h3 id="plan-findings-heading">
        {p(findings.length === 0 ? 'plan.findings.headingPass' : 'plan.findings.heading')}
      </h3>
      {findings.length === 0 ? (
        <p className="plan-findings-none">
          <StatusIcon tone="pass" size={16} /> {p('plan.findings.none')}
        </p>
      ) : (
        <ul className="plan-finding-list">
          {findings.map((finding) => {
            const customerId = customerOf(workspace, finding) ?? '';
            const party = describeParty(workspace.parties, finding.partyId ?? '', t);
            const customer = describeParty(workspace.parties, customerId, t);
            const engagement = describeEngagement(workspace.engagements, finding.engagementId, t);
            return (
              <li key={`${finding.engagementId}|${finding.partyId}`} className="plan-finding">
                <span className="plan-finding-severity">
                  <StatusIcon tone="warning" size={16} />
                  {t('severity.warning')}
                </span>
                <span className="plan-finding-text">
                  {p('plan.finding', { party, engagement, customer })}
                </span>
                <button type="button" onClick={() => addFor(finding, party, customer)}>
                  {p('plan.finding.add', { party, customer })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function customerOf(workspace: Workspace, finding: Finding): string | null {
  const engagement = workspace.engagements.find((e) => e.id === finding.engagementId);
  return engagement?.customerPartyId ?? null;
}
