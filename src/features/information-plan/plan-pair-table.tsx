import { useId } from 'react';
import { describeChannelCategory } from '@/i18n/describe-channel-category';
import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import { addChannel, removeChannel, updateChannel } from '@/model/edit-channels';
import { INFORMATION_CATEGORIES, type InformationCategory } from '@/model/principles';
import { findSuggestionIds } from '@/model/suggest-channels';
import type { ChannelGroup } from '@/model/suggest-channels-groups';
import { findSuggestionId } from '@/model/suggest-channels-table';
import type { InformationChannel, Workspace } from '@/model/workspace';
import { useWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import { ChannelTextField } from './channel-text-field';
import { type Announce, draftFromSuggestion, partyWithRoles } from './plan-words';

const FIELDS = ['what', 'trigger', 'timeliness', 'medium'] as const;

interface PlanPairTableProps {
  readonly group: ChannelGroup;
  readonly workspace: Workspace;
  readonly p: Translate<'plan' | 'plan-suggestions'>;
  readonly announce: Announce;
}

/** The channels from one party to another: a row per channel, or per category that has none yet. */
export function PlanPairTable({ group, workspace, p, announce }: PlanPairTableProps) {
  const t = useT();
  const edit = useWorkspaceStore((s) => s.edit);
  const { fromPartyId, toPartyId, directions } = group;
  const from = partyWithRoles(workspace, fromPartyId, directions, 'from', t, p);
  const to = partyWithRoles(workspace, toPartyId, directions, 'to', t, p);
  const headingId = useId();
  const names = (channel: Pick<InformationChannel, 'category' | 'categoryName'>) => ({
    category: describeChannelCategory(channel, t),
    from,
    to,
  });
  const addFor = (category: InformationCategory) => {
    const current = workspaceStore.getState().workspace;
    const suggestionIds = findSuggestionIds(current, fromPartyId, toPartyId, category);
    const draft = draftFromSuggestion({ fromPartyId, toPartyId, category, suggestionIds }, p);
    edit(addChannel, draft);
  };
  const remove = (channel: InformationChannel) => {
    edit(removeChannel, channel.id);
    announce('plan.removed');
  };
  const channelRow = (channel: InformationChannel) => (
    <tr key={channel.id}>
      <th scope="row">
        {channel.category === 'other' ? (
          <ChannelTextField
            label={p('plan.categoryNameLabel', { from, to })}
            value={channel.categoryName ?? ''}
            onCommit={(value) => edit(updateChannel, channel.id, { categoryName: value })}
          />
        ) : (
          t(`infoCategory.${channel.category}`)
        )}
      </th>
      {FIELDS.map((field) => (
        <td key={field}>
          <ChannelTextField
            label={p('plan.fieldLabel', {
              field: p(`plan.column.${field}`),
              ...names(channel),
            })}
            value={channel[field]}
            onCommit={(value) => edit(updateChannel, channel.id, { [field]: value })}
          />
        </td>
      ))}
      <td>
        <button
          type="button"
          aria-label={p('plan.removeLabel', names(channel))}
          onClick={() => remove(channel)}
        >
          {p('plan.remove')}
        </button>
      </td>
    </tr>
  );
  const emptyRow = (category: InformationCategory) => {
    const suggested = directions.some((d) => findSuggestionId(d, category) !== undefined);
    return (
      <tr key={category} className="plan-empty-row">
        <th scope="row">{t(`infoCategory.${category}`)}</th>
        <td colSpan={FIELDS.length} className="plan-empty">
          {p(suggested || directions.length === 0 ? 'plan.noChannel' : 'plan.noSuggestion')}
        </td>
        <td>
          <button
            type="button"
            aria-label={p('plan.addHereLabel', names({ category }))}
            onClick={() => addFor(category)}
          >
            {p('plan.addHere')}
          </button>
        </td>
      </tr>
    );
  };
  return (
    <section className="plan-pair" aria-labelledby={headingId}>
      <h3 id={headingId}>{p('plan.pairHeading', { from, to })}</h3>
      <div className="plan-table-wrap">
        <table className="plan-table">
          <caption className="visually-hidden">{p('plan.caption', { from, to })}</caption>
          <thead>
            <tr>
              <th scope="col" className="plan-col-category">
                {p('plan.column.category')}
              </th>
              {FIELDS.map((field) => (
                <th scope="col" key={field}>
                  {p(`plan.column.${field}`)}
                </th>
              ))}
              <th scope="col" className="plan-col-actions">
                {p('plan.column.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {INFORMATION_CATEGORIES.flatMap((category) => {
              const channels = group.channels.filter((c) => c.category === category);
              return channels.length > 0 ? channels.map(channelRow) : [emptyRow(category)];
            })}
            {/* Categories of the user's own follow the report's three examples. */}
            {group.channels.filter((c) => c.category === 'other').map(channelRow)}
          </tbody>
        </table>
      </div>
    </section>
  );
}
