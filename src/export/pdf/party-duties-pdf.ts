import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AnnexLanguage } from '@/export/annex/annex-model';
import { DERIVED_MARK, DUTY_MARK, OVERRIDE_MARK } from '@/export/annex/annex-names';
import { estimateTableLines } from '@/export/annex/annex-size';
import type { Duty } from '@/model/assignment';
import { isDerivedBasis } from '@/model/assignment';
import type { PartyDutyGroup, PartyDutyLine } from '@/model/party-duties';
import type { Engagement, Workspace } from '@/model/workspace';
import type { PartyDutyWords } from '../csv/party-duties-csv';
import { gridFields } from './annex-blocks';
import { ANNEX_STYLES, GRID_LAYOUT, OWNER_FILL } from './annex-styles';
import { keepTogether } from './keep-together';

/** The columns of each engagement's table in the PDF. */
export const PARTY_DUTIES_PDF_COLUMNS = [
  'row',
  'role',
  'duty',
  'scope',
  'via',
  'basis',
  'reason',
] as const;

/** One column of those tables. */
export type PartyDutiesPdfColumn = (typeof PARTY_DUTIES_PDF_COLUMNS)[number];

/** Every word of a party's duty list as PDF, in one language; the UI fills it from its texts. */
export interface PartyDutiesPdfLabels {
  /** `Duties of <party>`. */
  readonly title: string;
  readonly subtitle: string;
  /** How many duties as owner and as supporter, across how many engagements. */
  readonly summary: string;
  /** Said instead of tables when the party carries nothing. */
  readonly nothing: string;
  readonly legend: string;
  readonly contract: {
    readonly heading: string;
    readonly title: string;
    readonly version: string;
    readonly date: string;
    readonly notSet: string;
  };
  readonly columns: Readonly<Record<PartyDutiesPdfColumn, string>>;
  readonly pageOf: (page: number, pageCount: number) => string;
  /** The heading of an engagement's table. */
  engagement(group: PartyDutyGroup): string;
  /** The resource service, mode and the roles the party acts in there. */
  engagementNote(group: PartyDutyGroup): string;
  dutyLetter(duty: Duty): string;
  line(line: PartyDutyLine, engagement: Engagement): PartyDutyWords;
  readonly signature: {
    readonly heading: string;
    readonly name: string;
    readonly signature: string;
    readonly date: string;
  };
}

const BLANK_LINE = '________________________';
// Row, role, duty, scope, via and basis are short; the reason takes what is left of A4's 515 pt.
const WIDTHS = [68, 58, 50, 50, 58, 62, '*'];
const REASON_EMS = 20;

function cellsOf(line: PartyDutyLine, engagement: Engagement, labels: PartyDutiesPdfLabels) {
  const words = labels.line(line, engagement);
  const { duty, basis } = line.assignment;
  const marks = `${isDerivedBasis(basis) ? ` ${DERIVED_MARK}` : ''}${line.changed ? ` ${OVERRIDE_MARK}` : ''}`;
  return {
    row: words.row,
    role: words.role,
    duty: `${DUTY_MARK[duty]} ${labels.dutyLetter(duty)} ${words.duty}`,
    scope: words.scope,
    via: words.via,
    basis: `${words.basis}${marks}`,
    reason: words.baseline ? `${words.reason}\n${words.baseline}` : words.reason,
  } satisfies Record<PartyDutiesPdfColumn, string>;
}

function engagementTable(group: PartyDutyGroup, labels: PartyDutiesPdfLabels): Content {
  const header: TableCell[] = PARTY_DUTIES_PDF_COLUMNS.map((column) => ({
    text: labels.columns[column],
    style: 'tableHeader',
  }));
  const lines = group.lines.map((line) => cellsOf(line, group.engagement, labels));
  const body: TableCell[][] = lines.map((cells, i) => {
    const owner = group.lines[i]?.assignment.duty === 'owner';
    return PARTY_DUTIES_PDF_COLUMNS.map((column) => ({
      text: cells[column],
      ...(owner && column === 'duty' ? { fillColor: OWNER_FILL } : {}),
    }));
  });
  const estimate =
    4 +
    estimateTableLines(
      lines.map((cells) => [cells.reason]),
      REASON_EMS,
    );
  return keepTogether(
    [
      { text: labels.engagement(group), style: 'h2' },
      { text: labels.engagementNote(group), style: 'note' },
      {
        style: 'table',
        layout: GRID_LAYOUT,
        table: { headerRows: 1, dontBreakRows: true, widths: WIDTHS, body: [header, ...body] },
      },
    ],
    estimate,
  );
}

function contractTable(workspace: Workspace, labels: PartyDutiesPdfLabels): Content {
  const { contract } = workspace;
  const orNotSet = (value: string) => value.trim() || labels.contract.notSet;
  const rows: [string, string][] = [
    [labels.contract.title, orNotSet(contract.title)],
    [labels.contract.version, orNotSet(contract.version)],
    [labels.contract.date, orNotSet(contract.date)],
  ];
  return gridFields(rows);
}

function signatureBlock(labels: PartyDutiesPdfLabels): Content {
  const field = (label: string): Content => ({
    text: `${label}  ${BLANK_LINE}`,
    margin: [0, 0, 0, 14],
  });
  return {
    unbreakable: true,
    stack: [
      { text: labels.signature.heading, style: 'h1' },
      field(labels.signature.name),
      field(labels.signature.signature),
      field(labels.signature.date),
    ],
  };
}

/**
 * A party's duty list as a pdfmake document, before fonts are chosen: title, the contract it belongs
 * to, the summary, a table per engagement (or a note that it carries nothing), the legend and a
 * signature block. The contract title and version head every page after the first.
 */
export function buildPartyDutiesDocument(
  workspace: Workspace,
  groups: readonly PartyDutyGroup[],
  labels: PartyDutiesPdfLabels,
  language: AnnexLanguage,
): TDocumentDefinitions {
  const { title: contractTitle, version } = workspace.contract;
  const header = [contractTitle.trim(), version.trim()].filter(Boolean).join(' · ');
  const tables = groups.map((group) => engagementTable(group, labels));
  return {
    language,
    info: { title: labels.title, subject: labels.subtitle },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    styles: ANNEX_STYLES,
    defaultStyle: { fontSize: 9, lineHeight: 1.2 },
    header: (page) =>
      page === 1 || header === ''
        ? ''
        : { text: header, style: 'small', alignment: 'right', margin: [40, 24, 40, 0] },
    footer: (page, pageCount) => ({
      text: labels.pageOf(page, pageCount),
      style: 'small',
      alignment: 'center',
      margin: [40, 16, 40, 0],
    }),
    content: [
      { text: labels.title, style: 'title' },
      { text: labels.subtitle, style: 'subtitle' },
      { text: labels.contract.heading, style: 'h2' },
      contractTable(workspace, labels),
      { text: labels.summary, margin: [0, 6, 0, 4] },
      ...(tables.length > 0 ? tables : [{ text: labels.nothing, style: 'note' }]),
      ...(tables.length > 0 ? [{ text: labels.legend, style: 'note' }] : []),
      signatureBlock(labels),
    ],
  };
}
