import { type ChannelGroup, groupChannelsByPair } from '@/model/suggest-channels-groups';
import { rolesAtEnd } from '@/model/suggest-channels-table';
import type { Workspace } from '@/model/workspace';
import { deriveJointResponseTable } from './annex-joint-response-table';
import type { AnnexLabels } from './annex-labels';
import type { AnnexBlock } from './annex-model';
import { partyName } from './annex-names';
import { estimateTableLines, headerCells, heading, keepTogether, note } from './annex-size';

// Full-width characters that fit in one text column of the plan's table at its font size.
const COLUMN_EMS = 12;

/** A party with the roles it plays in a pair, e.g. `云帆计算（云服务商）`. */
function partyEnd(
  workspace: Workspace,
  group: ChannelGroup,
  end: 'from' | 'to',
  labels: AnnexLabels,
): string {
  const partyId = end === 'from' ? group.fromPartyId : group.toPartyId;
  const held = workspace.parties.find((party) => party.id === partyId)?.roles ?? [];
  const roles = rolesAtEnd(group.directions, end, held).map((role) => labels.role(role));
  const name = partyName(workspace, partyId, labels);
  return roles.length > 0
    ? `${name}${labels.document.aside(roles.join(labels.document.listSeparator))}`
    : name;
}

function pairBlock(
  workspace: Workspace,
  group: ChannelGroup,
  labels: AnnexLabels,
  lead: AnnexBlock[],
): AnnexBlock {
  const plan = labels.informationPlan;
  const header = [plan.categoryColumn, plan.what, plan.trigger, plan.timeliness, plan.medium];
  const rows = group.channels.map((channel) => [
    plan.category(channel),
    channel.what,
    channel.trigger,
    channel.timeliness,
    channel.medium,
  ]);
  const pair = plan.pair(
    partyEnd(workspace, group, 'from', labels),
    partyEnd(workspace, group, 'to', labels),
  );
  return keepTogether(
    [
      ...lead,
      heading(pair, 2),
      {
        kind: 'table',
        table: 'plan',
        header: headerCells(header),
        rows: rows.map((cells) => cells.map((text) => ({ text }))),
        rowHeaders: true,
      },
    ],
    lead.length * 3 + 2 + estimateTableLines([header, ...rows], COLUMN_EMS),
  );
}

/**
 * The information-sharing plan of the annex (key link 3, §2.4): a line on what it covers, then per
 * pair of parties its channels by category (what, trigger, how fast, medium), or a line saying no
 * channel is agreed. Pairs without channels are left out: the annex records what was agreed.
 */
export function buildInformationPlan(workspace: Workspace, labels: AnnexLabels): AnnexBlock[] {
  const intro = note(labels.informationPlan.intro);
  const groups = groupChannelsByPair(workspace).filter((group) => group.channels.length > 0);
  const joint = buildJointResponses(workspace, labels);
  if (groups.length === 0) {
    return [keepTogether([intro, note(labels.informationPlan.none)], 4), ...joint];
  }
  // The intro moves with the first pair, so the section's heading is not left alone on a page.
  return [
    ...groups.map((group, index) =>
      pairBlock(workspace, group, labels, index === 0 ? [intro] : []),
    ),
    ...joint,
  ];
}

/** The joint response to incidents, after the plan's channels: heading, a line on it, the table. */
function buildJointResponses(workspace: Workspace, labels: AnnexLabels): AnnexBlock[] {
  const table = deriveJointResponseTable(workspace, labels);
  if (!table) return [];
  const joint = labels.informationPlan.joint;
  const { header, rows } = table;
  return [
    keepTogether(
      [
        heading(joint.heading, 2),
        note(joint.intro),
        {
          kind: 'table',
          table: 'joint',
          header: headerCells(header),
          rows: rows.map((cells) => cells.map((text) => ({ text }))),
          rowHeaders: true,
        },
      ],
      5 + estimateTableLines([header, ...rows], COLUMN_EMS),
    ),
  ];
}
