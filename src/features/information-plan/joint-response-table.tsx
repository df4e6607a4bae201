import { describeEngagement } from '@/i18n/describe-engagement';
import { describeParty } from '@/i18n/describe-party';
import { useT } from '@/i18n/i18n-provider';
import { jointResponseSuggestion } from '@/i18n/plan-suggestion-texts';
import type { Translate } from '@/i18n/translate';
import {
  type JointResponseLine,
  listJointResponses,
  removeJointResponse,
  setJointResponse,
} from '@/model/joint-response';
import type { Workspace } from '@/model/workspace';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { SelectField } from '@/ui/select-field';
import { ChannelTextField } from './channel-text-field';
import type { Announce } from './plan-words';

const NO_COORDINATOR = '';

interface JointResponseTableProps {
  readonly workspace: Workspace;
  readonly p: Translate<'plan' | 'plan-suggestions'>;
  readonly announce: Announce;
}

/**
 * The joint response of each engagement that has a provider and a security vendor (§1.2 联动处置):
 * who notifies whom on a security incident, within what time, and which party coordinates; checked
 * by `no-joint-response`.
 */
export function JointResponseTable({ workspace, p, announce }: JointResponseTableProps) {
  const t = useT();
  const edit = useWorkspaceStore((s) => s.edit);
  const lines = listJointResponses(workspace);
  const parties = [
    { value: NO_COORDINATOR, label: p('plan.joint.noCoordinator') },
    ...workspace.parties.map((party) => ({
      value: party.id,
      label: describeParty(workspace.parties, party.id, t),
    })),
  ];
  const row = ({ engagement, entry }: JointResponseLine) => {
    const name = describeEngagement(workspace.engagements, engagement.id, t);
    const label = (field: 'notification' | 'timeliness' | 'coordinator') =>
      p('plan.joint.fieldLabel', { field: p(`plan.joint.${field}`), engagement: name });
    if (!entry) {
      const add = () => {
        edit(setJointResponse, engagement.id, jointResponseSuggestion(p));
        announce('plan.joint.added', { engagement: name });
      };
      return (
        <tr key={engagement.id} className="plan-empty-row">
          <th scope="row">{name}</th>
          <td colSpan={3} className="plan-empty">
            {p('plan.joint.none')}
          </td>
          <td>
            <button
              type="button"
              aria-label={p('plan.joint.addLabel', { engagement: name })}
              onClick={add}
            >
              {p('plan.joint.add')}
            </button>
          </td>
        </tr>
      );
    }
    const coordinator = entry.coordinatorPartyId ?? NO_COORDINATOR;
    return (
      <tr key={engagement.id}>
        <th scope="row">{name}</th>
        {(['notification', 'timeliness'] as const).map((field) => (
          <td key={field}>
            <ChannelTextField
              label={label(field)}
              value={entry[field]}
              onCommit={(value) => edit(setJointResponse, engagement.id, { [field]: value })}
            />
          </td>
        ))}
        <td>
          <SelectField
            label={label('coordinator')}
            value={parties.some((o) => o.value === coordinator) ? coordinator : NO_COORDINATOR}
            options={parties}
            onChange={(value) =>
              edit(setJointResponse, engagement.id, {
                coordinatorPartyId: value === NO_COORDINATOR ? null : value,
              })
            }
          />
        </td>
        <td>
          <button
            type="button"
            aria-label={p('plan.joint.removeLabel', { engagement: name })}
            onClick={() => {
              edit(removeJointResponse, engagement.id);
              announce('plan.joint.removed');
            }}
          >
            {p('plan.joint.remove')}
          </button>
        </td>
      </tr>
    );
  };
  return (
    <section className="plan-pair plan-joint" aria-labelledby="plan-joint-heading">
      <h3 id="plan-joint-heading">{p('plan.joint.heading')}</h3>
      <p className="plan-intro">{p('plan.joint.intro')}</p>
      {lines.length === 0 ? (
        <p className="plan-empty">{p('plan.joint.empty')}</p>
      ) : (
        <div className="plan-table-wrap">
          <table className="plan-table">
            <caption className="visually-hidden">{p('plan.joint.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="plan-col-category">
                  {p('plan.joint.engagement')}
                </th>
                <th scope="col">{p('plan.joint.notification')}</th>
                <th scope="col">{p('plan.joint.timeliness')}</th>
                <th scope="col">{p('plan.joint.coordinator')}</th>
                <th scope="col" className="plan-col-actions">
                  {p('plan.column.actions')}
                </th>
              </tr>
            </thead>
            <tbody>{lines.map(row)}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
