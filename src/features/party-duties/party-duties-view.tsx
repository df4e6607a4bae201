import { useMemo, useState } from 'react';
import { describeEngagement } from '@/i18n/describe-engagement';
import { describeParty } from '@/i18n/describe-party';
import { useT } from '@/i18n/i18n-provider';
import { countPartyDuties, listPartyDuties } from '@/model/party-duties';
import { openInMatrix } from '@/store/open-in-matrix';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { SelectField } from '@/ui/select-field';
import { DutyTable } from './duty-table';
import { ExportButtons } from './export-buttons';
import './party-duties.css';

/**
 * What one party owes: every duty it carries across the workspace's engagements, grouped by
 * engagement, with the basis and the reason of each, to check, export and sign.
 */
export function PartyDutiesView() {
  const t = useT();
  const p = useT('party-duties');
  const workspace = useWorkspaceStore((s) => s.workspace);
  const [chosen, setChosen] = useState<string | null>(null);
  const { parties } = workspace;
  // A removed party falls back to the first, as does a first visit.
  const partyId = parties.find((party) => party.id === chosen)?.id ?? parties[0]?.id;
  const groups = useMemo(
    () => (partyId === undefined ? [] : listPartyDuties(workspace, partyId)),
    [workspace, partyId],
  );
  if (partyId === undefined) {
    return (
      <section className="panel party-duties" aria-labelledby="view-heading">
        <h2 id="view-heading">{t('nav.party')}</h2>
        <p>{p('party.noParties')}</p>
        <button type="button" onClick={() => useViewStore.getState().showView('parties')}>
          {p('party.openParties')}
        </button>
      </section>
    );
  }
  const party = describeParty(parties, partyId, t);
  const counts = countPartyDuties(groups);
  const summary = p('party.summary', {
    owner: counts.owner,
    supporter: counts.supporter,
    engagements: counts.engagements,
  });
  return (
    <section className="panel party-duties" aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.party')}</h2>
      <p className="field-hint">{p('party.intro')}</p>
      <div className="party-duties-toolbar">
        <SelectField
          label={p('party.pick')}
          value={partyId}
          options={parties.map((candidate) => ({
            value: candidate.id,
            label: describeParty(parties, candidate.id, t),
          }))}
          onChange={setChosen}
        />
        <ExportButtons
          workspace={workspace}
          party={party}
          groups={groups}
          summary={summary}
          p={p}
        />
      </div>
      {groups.length === 0 ? (
        <p className="party-duties-summary">{p('party.nothing', { party })}</p>
      ) : (
        <>
          <p className="party-duties-summary">{summary}</p>
          <p className="field-hint">{p('party.legend')}</p>
          {groups.map((group) => {
            const name = describeEngagement(workspace.engagements, group.engagement.id, t);
            const headingId = `party-engagement-${group.index}`;
            return (
              <section key={group.engagement.id} aria-labelledby={headingId}>
                <h3 id={headingId}>{name}</h3>
                <p className="field-hint">
                  {p('party.scenario', {
                    serviceType: t(`serviceType.${group.engagement.resourceService}`),
                    mode: t(`mode.${group.engagement.mode}`),
                  })}
                  {' · '}
                  {p('party.actsAs', {
                    roles: group.roles.map((role) => t(`role.${role}`)).join(t('list.separator')),
                  })}
                </p>
                <DutyTable
                  group={group}
                  party={party}
                  engagementName={name}
                  p={p}
                  onOpen={(ref) => openInMatrix(ref.engagementId, ref)}
                />
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
