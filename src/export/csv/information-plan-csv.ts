import type { InformationCategory } from '@/model/principles';
import { groupChannelsByPair } from '@/model/suggest-channels-groups';
import type { Workspace } from '@/model/workspace';
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
  readonly category: (category: InformationCategory) => string;
}

/** The rows of the plan before escaping: the header, then one per channel, grouped by pair. */
export function buildPlanCsvRows(workspace: Workspace, labels: PlanCsvLabels): string[][] {
  const rows = groupChannelsByPair(workspace).flatMap((group) =>
    group.channels.map((channel) => [
      channel.fromPartyId,
      labels.party(channel.fromPartyId),
      channel.toPartyId,
      labels.party(channel.toPartyId),
      channel.category,
      labels.category(channel.category),
      channel.what,
      channel.trigger,
      channel.timeliness,
      channel.medium,
    ]),
  );
  return [[...PLAN_CSV_COLUMNS], ...rows];
}

/** The information-sharing plan as CSV (BOM, CRLF, every cell quoted and guarded against formulas). */
export function exportInformationPlanCsv(workspace: Workspace, labels: PlanCsvLabels): string {
  return writeCsv(buildPlanCsvRows(workspace, labels));
}
