import { describeChannelCategory } from '@/i18n/describe-channel-category';
import { useT } from '@/i18n/i18n-provider';
import { listJointResponses } from '@/model/joint-response';
import { type ChannelGroup, groupChannelsByPair } from '@/model/suggest-channels-groups';
import { rolesAtEnd } from '@/model/suggest-channels-table';
import type { Workspace } from '@/model/workspace';
import { engagementTitle, joinList, partyName } from './print-names';
import { usePrintT } from './use-print-t';

function usePartyEnd(workspace: Workspace) {
  const t = useT();
  const p = usePrintT();
  return (group: ChannelGroup, end: 'from' | 'to') => {
    const partyId = end === 'from' ? group.fromPartyId : group.toPartyId;
    const held = workspace.parties.find((party) => party.id === partyId)?.roles ?? [];
    const roles = rolesAtEnd(group.directions, end, held).map((role) => t(`role.${role}`));
    const name = partyName(workspace, partyId, p);
    return roles.length > 0 ? `${name}${p('print.aside', { text: joinList(roles, p) })}` : name;
  };
}

/**
 * The information-sharing plan (key link 3, §2.4), as the PDF annex prints it: per pair of parties
 * with channels, a table of what is passed on, when, how fast and through what, by category.
 */
export function PrintInformationPlan({ workspace }: { workspace: Workspace }) {
  const t = useT();
  const p = usePrintT();
  const partyEnd = usePartyEnd(workspace);
  const groups = groupChannelsByPair(workspace).filter((group) => group.channels.length > 0);
  return (
    <section className="print-section" aria-labelledby="print-plan-heading">
      <h2 id="print-plan-heading">{p('print.plan.heading')}</h2>
      <p>{p('print.plan.intro')}</p>
      {groups.length === 0 ? <p>{p('print.plan.none')}</p> : null}
      {groups.map((group) => {
        const from = partyEnd(group, 'from');
        const to = partyEnd(group, 'to');
        return (
          <section key={`${group.fromPartyId} ${group.toPartyId}`} className="print-plan-pair">
            <h3>{p('print.plan.pair', { from, to })}</h3>
            <table className="print-table">
              <caption>{p('print.plan.caption', { from, to })}</caption>
              <thead>
                <tr>
                  <th scope="col">{p('print.plan.category')}</th>
                  <th scope="col">{p('print.plan.what')}</th>
                  <th scope="col">{p('print.plan.trigger')}</th>
                  <th scope="col">{p('print.plan.timeliness')}</th>
                  <th scope="col">{p('print.plan.medium')}</th>
                </tr>
              </thead>
              <tbody>
                {group.channels.map((channel) => (
                  <tr key={channel.id}>
                    <th scope="row">{describeChannelCategory(channel, t)}</th>
                    <td>{channel.what}</td>
                    <td>{channel.trigger}</td>
                    <td>{channel.timeliness}</td>
                    <td>{channel.medium}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <PrintJointResponses workspace={workspace} />
    </section>
  );
}

/** The joint response to incidents per engagement (§1.2 联动处置), as the PDF annex prints it. */
function PrintJointResponses({ workspace }: { workspace: Workspace }) {
  const p = usePrintT();
  const lines = listJointResponses(workspace);
  if (lines.length === 0) return null;
  return (
    <section className="print-plan-pair">
      <h3>{p('print.plan.joint.heading')}</h3>
      <p>{p('print.plan.joint.intro')}</p>
      <table className="print-table">
        <caption>{p('print.plan.joint.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{p('print.plan.joint.engagement')}</th>
            <th scope="col">{p('print.plan.joint.notification')}</th>
            <th scope="col">{p('print.plan.joint.timeliness')}</th>
            <th scope="col">{p('print.plan.joint.coordinator')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ engagement, index, entry }) => (
            <tr key={engagement.id}>
              <th scope="row">{engagementTitle(engagement, index, p)}</th>
              <td>{entry ? entry.notification : p('print.plan.joint.none')}</td>
              <td>{entry?.timeliness ?? ''}</td>
              <td>{entry ? partyName(workspace, entry.coordinatorPartyId, p) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
