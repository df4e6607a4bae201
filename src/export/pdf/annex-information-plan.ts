import type { Content, TableCell } from 'pdfmake/interfaces';
import { type ChannelGroup, groupChannelsByPair } from '@/model/suggest-channels-groups';
import { rolesAtEnd } from '@/model/suggest-channels-table';
import type { Workspace } from '@/model/workspace';
import { deriveJointResponseTable } from './annex-joint-response-table';
import type { AnnexLabels } from './annex-labels';
import { partyName } from './annex-names';
import { GRID_LAYOUT } from './annex-styles';
import { estimateTableLines, keepTogether } from './keep-together';

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
  lead: Content[],
) {
  const plan = labels.informationPlan;
  const header = [plan.categoryColumn, plan.what, plan.trigger, plan.timeliness, plan.medium];
  const rows = group.channels.map((channel) => [
    plan.category(channel),
    channel.what,
    channel.trigger,
    channel.timeliness,
    channel.medium,
  ]);
  const body: TableCell[][] = [
    header.map((text) => ({ text, style: 'tableHeader' })),
    ...rows.map((cells) => cells.map((text) => ({ text }))),
  ];
  const pair = plan.pair(
    partyEnd(workspace, group, 'from', labels),
    partyEnd(workspace, group, 'to', labels),
  );
  return keepTogether(
    [
      ...lead,
      { text: pair, style: 'h2' },
      {
        style: 'table',
        layout: GRID_LAYOUT,
        table: { headerRows: 1, widths: [64, '*', '*', '*', '*'], body },
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
export function buildInformationPlan(workspace: Workspace, labels: AnnexLabels): Content[] {
  const intro: Content = { text: labels.informationPlan.intro, style: 'note' };
  const groups = groupChannelsByPair(workspace).filter((group) => group.channels.length > 0);
  const joint = buildJointResponses(workspace, labels);
  if (groups.length === 0) {
    return [
      keepTogether([intro, { text: labels.informationPlan.none, style: 'note' }], 4),
      ...joint,
    ];
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
function buildJointResponses(workspace: Workspace, labels: AnnexLabels): Content[] {
  const table = deriveJointResponseTable(workspace, labels);
  if (!table) return [];
  const joint = labels.informationPlan.joint;
  const { header, rows } = table;
  const body: TableCell[][] = [
    header.map((text) => ({ text, style: 'tableHeader' })),
    ...rows.map((cells) => cells.map((text) => ({ text }))),
  ];
  return [
    keepTogether(
      [
        { text: joint.heading, style: 'h2' },
        { text: joint.intro, style: 'note' },
        {
          style: 'table',
          layout: GRID_LAYOUT,
          table: { headerRows: 1, widths: [80, '*', 90, 80], body },
        },
      ],
      5 + estimateTableLines([header, ...rows], COLUMN_EMS),
    ),
  ];
}
