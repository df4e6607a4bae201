import type { PartyDutyGroup, PartyDutyLine } from '@/model/party-duties';
import type { Engagement } from '@/model/workspace';
import { writeCsv } from './write-csv';

/** The columns of a party's duty list, one line per duty. */
export const PARTY_DUTIES_CSV_COLUMNS = [
  'party',
  'engagement',
  'row',
  'role',
  'duty',
  'scope',
  'via',
  'basis',
  'changed',
  'reason',
] as const;

/** One column of the list. */
export type PartyDutiesCsvColumn = (typeof PARTY_DUTIES_CSV_COLUMNS)[number];

/**
 * One duty in the user's words, as the list and the PDF print it; `baseline` says what a changed
 * cell said before (empty when the cell was not changed).
 */
export type PartyDutyWords = Readonly<
  Record<Exclude<PartyDutiesCsvColumn, 'party' | 'engagement'> | 'baseline', string>
>;

/** The words of the list in the user's language; the UI fills them, exports have no texts of their own. */
export interface PartyDutiesCsvLabels {
  readonly headers: Readonly<Record<PartyDutiesCsvColumn, string>>;
  /** The party's name. */
  readonly party: string;
  engagement(group: PartyDutyGroup): string;
  line(line: PartyDutyLine, engagement: Engagement): PartyDutyWords;
}

/** The list's rows before escaping: the header, then one row per duty in list order. */
function buildPartyDutiesCsvRows(
  groups: readonly PartyDutyGroup[],
  labels: PartyDutiesCsvLabels,
): string[][] {
  const header = PARTY_DUTIES_CSV_COLUMNS.map((column) => labels.headers[column]);
  const rows = groups.flatMap((group) => {
    const engagement = labels.engagement(group);
    return group.lines.map((line) => {
      const words = labels.line(line, group.engagement);
      const values: Record<PartyDutiesCsvColumn, string> = {
        ...words,
        party: labels.party,
        engagement,
      };
      return PARTY_DUTIES_CSV_COLUMNS.map((column) => values[column]);
    });
  });
  return [header, ...rows];
}

/** A party's duty list as CSV (BOM, every cell quoted and guarded, CRLF), for Excel and WPS. */
export function exportPartyDutiesCsv(
  groups: readonly PartyDutyGroup[],
  labels: PartyDutiesCsvLabels,
): string {
  return writeCsv(buildPartyDutiesCsvRows(groups, labels));
}
