import { listJointResponses } from '@/model/joint-response';
import { groupChannelsByPair } from '@/model/suggest-channels-groups';
import type { Engagement, InformationChannel, Workspace } from '@/model/workspace';
import { writeCsv } from './write-csv';

/** The columns of the plan's CSV: stable ids first for tools, then the words for people. */
export const PLAN_CSV_COLUMNS = [
  'from_party_id',
  'from_party',
  'to_party_id',
  'to_party',
  'category_id',
  'category',
  'what',
  'trigger',
  'timeliness',
  'medium',
] as const;

/** The words the plan's CSV needs in the user's language. */
export interface PlanCsvLabels {
  /** A party's name, or what to write for an id the workspace does not name. */
  readonly party: (partyId: string) => string;
  /** A channel's category: one of the three examples, or the user's own by its name. */
  readonly category: (channel: Pick<InformationChannel, 'category' | 'categoryName'>) => string;
  /** The category column of an engagement's joint-response row, e.g. "Joint response: Core banking". */
  readonly jointResponse: (engagement: Engagement, index: number) => string;
  /** The trigger of a joint response: a security incident. */
  readonly incident: string;
}

/** The category id of a joint-response row; channels never have it. */
const JOINT_RESPONSE_CATEGORY_ID = 'jointResponse';

/**
 * The rows of the plan before escaping: the header, one per channel grouped by pair, then one per
 * agreed joint response (category `jointResponse`, from its coordinator).
 */
export function buildPlanCsvRows(workspace: Workspace, labels: PlanCsvLabels): string[][] {
  const rows = groupChannelsByPair(workspace).flatMap((group) =>
    group.channels.map((channel) => [
      channel.fromPartyId,
      labels.party(channel.fromPartyId),
      channel.toPartyId,
      labels.party(channel.toPartyId),
      channel.category,
      labels.category(channel),
      channel.what,
      channel.trigger,
      channel.timeliness,
      channel.medium,
    ]),
  );
  // A joint response goes from its coordinator to the engagement's parties; its medium is the plan's.
  const joint = listJointResponses(workspace).flatMap(({ engagement, index, entry }) => {
    if (!entry) return [];
    const coordinator = entry.coordinatorPartyId ?? '';
    return [
      [
        coordinator,
        coordinator ? labels.party(coordinator) : '',
        '',
        '',
        JOINT_RESPONSE_CATEGORY_ID,
        labels.jointResponse(engagement, index),
        entry.notification,
        labels.incident,
        entry.timeliness,
        '',
      ],
    ];
  });
  return [[...PLAN_CSV_COLUMNS], ...rows, ...joint];
}

/** The information-sharing plan as CSV (BOM, CRLF, every cell quoted and guarded against formulas). */
export function exportInformationPlanCsv(workspace: Workspace, labels: PlanCsvLabels): string {
  return writeCsv(buildPlanCsvRows(workspace, labels));
}
