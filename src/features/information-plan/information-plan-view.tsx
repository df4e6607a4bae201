import { useMemo, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { addChannels } from '@/model/edit-channels';
import { suggestChannels } from '@/model/suggest-channels';
import { groupChannelsByPair } from '@/model/suggest-channels-groups';
import { useWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { AddChannelForm } from './add-channel-form';
import { JointResponseTable } from './joint-response-table';
import { PlanCsvButton } from './plan-csv-button';
import { PlanFindings } from './plan-findings';
import { PlanPairTable } from './plan-pair-table';
import { type Announce, draftFromSuggestion } from './plan-words';
import './information-plan.css';

/**
 * The information-sharing plan (key link 3, §2.4): per pair of parties and category of information,
 * what is passed on, when, how fast and through what; suggested from domain §5 for the parties the
 * engagements name, edited by the user, checked by `no-information-channel`; then the joint response
 * to incidents per engagement, checked by `no-joint-response`.
 */
export function InformationPlanView() {
  const t = useT();
  const p = useT('plan', 'plan-suggestions');
  const workspace = useWorkspaceStore((s) => s.workspace);
  const edit = useWorkspaceStore((s) => s.edit);
  const showView = useViewStore((s) => s.showView);
  const [message, setMessage] = useState<Parameters<Announce> | null>(null);
  const announce: Announce = (key, params) => setMessage([key, params]);
  const groups = useMemo(() => groupChannelsByPair(workspace), [workspace]);
  const fill = () => {
    const missing = suggestChannels(workspaceStore.getState().workspace);
    edit(
      addChannels,
      missing.map((s) => draftFromSuggestion(s, p)),
    );
    if (missing.length > 0) announce('plan.filled', { count: missing.length });
    else announce('plan.nothingMissing');
  };
  const partiesFirst = workspace.parties.length === 0;
  return (
    <section className="information-plan" aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.plan')}</h2>
      <p className="plan-intro">{p('plan.intro')}</p>
      <p className="plan-derived">{p('plan.derived')}</p>
      {partiesFirst || groups.length === 0 ? (
        <div className="panel plan-notice">
          <p>{p(partiesFirst ? 'plan.noParties' : 'plan.noPairs')}</p>
          <button type="button" onClick={() => showView('parties')}>
            {p('plan.openParties')}
          </button>
        </div>
      ) : null}
      {partiesFirst ? null : (
        <>
          <PlanFindings workspace={workspace} p={p} announce={announce} />
          <div className="plan-toolbar">
            <button type="button" className="primary" onClick={fill}>
              {p('plan.fill')}
            </button>
            <PlanCsvButton workspace={workspace} t={t} p={p} />
          </div>
          <p role="status" className="plan-status">
            {message ? p(...message) : null}
          </p>
          {groups.map((group) => (
            <PlanPairTable
              key={`${group.fromPartyId}\u0000${group.toPartyId}`}
              group={group}
              workspace={workspace}
              p={p}
              announce={announce}
            />
          ))}
          <AddChannelForm workspace={workspace} p={p} announce={announce} />
        </>
      )}
      {/* Per engagement, so it needs no named parties; the coordinator is chosen among them. */}
      <JointResponseTable workspace={workspace} p={p} announce={announce} />
    </section>
  );
}
