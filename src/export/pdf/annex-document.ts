import type { Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import type { Matrix } from '@/model/assignment';
import { checkWorkspace } from '@/model/check-workspace';
import { findContractGaps } from '@/model/contract-gaps';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import type { Workspace } from '@/model/workspace';
import { buildAgreementSection } from './annex-agreement';
import { buildBasisNotes } from './annex-basis-notes';
import { buildDeviations } from './annex-deviations';
import { buildFindings } from './annex-findings';
import { buildInformationPlan } from './annex-information-plan';
import type { AnnexLabels } from './annex-labels';
import { buildLegend } from './annex-legend';
import { buildMatrixTable } from './annex-matrix-table';
import { engagementTitle } from './annex-names';
import { buildRaciSection } from './annex-raci';
import { buildScenario } from './annex-scenario';
import { buildSignatures } from './annex-signatures';
import { ANNEX_STYLES, GRID_LAYOUT } from './annex-styles';
import { headed, keepTogether } from './keep-together';

/** The languages the annex is written in. */
export type AnnexLanguage = 'zh-CN' | 'en';

function heading(text: string, level: 1 | 2): Content {
  return { text, style: level === 1 ? 'h1' : 'h2' };
}

function fieldTable(rows: readonly (readonly [string, string])[]): ContentTable {
  return {
    style: 'table',
    layout: GRID_LAYOUT,
    table: {
      widths: [96, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'tableHeader' }, { text: value }]),
    },
  };
}

function contractSection(workspace: Workspace, labels: AnnexLabels): Content[] {
  const { contract } = workspace;
  const orNotSet = (value: string) => (value.trim() === '' ? labels.document.notSet : value.trim());
  return [
    heading(labels.contract.heading, 1),
    fieldTable([
      [labels.contract.title, orNotSet(contract.title)],
      [labels.contract.version, orNotSet(contract.version)],
      [labels.contract.date, orNotSet(contract.date)],
      [labels.contract.notes, orNotSet(contract.notes)],
    ]),
  ];
}

function gapsSection(workspace: Workspace, labels: AnnexLabels): Content[] {
  const gaps = findContractGaps(workspace);
  if (gaps.length === 0) return [];
  return [
    heading(labels.gaps.heading, 1),
    { text: labels.gaps.intro, style: 'note' },
    { ul: gaps.map((gap) => labels.gaps.describe(gap, workspace)), margin: [0, 4, 0, 8] },
  ];
}

function partiesSection(workspace: Workspace, labels: AnnexLabels): Content[] {
  if (workspace.parties.length === 0) {
    return [heading(labels.parties.heading, 1), { text: labels.parties.none, style: 'note' }];
  }
  const header = [labels.parties.name, labels.parties.roles].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const rows = workspace.parties.map((party) => [
    { text: party.name },
    { text: party.roles.map((role) => labels.role(role)).join(labels.document.listSeparator) },
  ]);
  return [
    heading(labels.parties.heading, 1),
    {
      style: 'table',
      layout: GRID_LAYOUT,
      table: { headerRows: 1, widths: ['*', '*'], body: [header, ...rows] },
    },
  ];
}

/**
 * The contract annex as a pdfmake document, before fonts are chosen: contract, parties, then per
 * engagement its scenario, matrix with legend and deviations; then the information-sharing plan, the checks, the basis notes and
 * a signature block per party. Page numbers in the footer; the contract title in the header.
 */
export function buildAnnexDocument(
  workspace: Workspace,
  labels: AnnexLabels,
  language: AnnexLanguage,
  agreement?: AgreementAnnexText,
): TDocumentDefinitions {
  const matrices = new Map<string, Matrix>(
    workspace.engagements.map((e) => [e.id, deriveMatrixMemo(e, workspace.overrides)]),
  );
  const title = workspace.contract.title.trim() || labels.document.title;
  const engagements = workspace.engagements.flatMap((engagement, index): Content[] => {
    const matrix = matrices.get(engagement.id) as Matrix;
    const scenario = buildScenario(workspace, engagement, labels);
    const table = buildMatrixTable(workspace, engagement, matrix, labels);
    const deviations = buildDeviations(engagement, matrix, labels);
    return [
      keepTogether(
        [
          heading(engagementTitle(engagement, index, labels), 1),
          heading(labels.engagement.scenario, 2),
          scenario.content,
        ],
        scenario.lines + 4,
      ),
      // The heading stays with the table; the legend (with the crosswalk rules under the first
      // matrix, most of a page) follows on its own, so the table is not pushed to a new page with it.
      keepTogether([heading(labels.matrix.heading, 2), table.content], table.lines + 2),
      buildLegend(labels, index === 0),
      keepTogether(
        [heading(labels.deviations.heading, 2), deviations.content],
        deviations.lines + 2,
      ),
    ];
  });
  const version = workspace.contract.version.trim();
  const header = version
    ? `${title}${labels.document.partSeparator}${labels.document.field(labels.contract.version, version)}`
    : title;
  return {
    language,
    info: { title, subject: labels.document.title },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    styles: ANNEX_STYLES,
    defaultStyle: { fontSize: 9.5, lineHeight: 1.2 },
    header: (page) =>
      page === 1
        ? ''
        : { text: header, style: 'small', alignment: 'right', margin: [40, 24, 40, 0] },
    footer: (page, pageCount) => ({
      text: labels.document.pageOf(page, pageCount),
      style: 'small',
      alignment: 'center',
      margin: [40, 16, 40, 0],
    }),
    content: [
      { text: title, style: 'title' },
      ...(title === labels.document.title
        ? []
        : [{ text: labels.document.title, style: 'subtitle' }]),
      ...contractSection(workspace, labels),
      // Exporting stays possible with gaps; the annex then says what it lacks, at the top.
      ...gapsSection(workspace, labels),
      ...partiesSection(workspace, labels),
      ...engagements,
      // The information-sharing plan (key link 3, §2.4), across all engagements.
      ...headed(
        heading(labels.informationPlan.heading, 1),
        buildInformationPlan(workspace, labels),
      ),
      // Inside the customer (domain §6): only when the workspace has departments.
      ...buildRaciSection(workspace, matrices, labels),
      ...headed(
        heading(labels.checks.heading, 1),
        buildFindings(checkWorkspace(workspace), workspace, matrices, labels),
      ),
      ...headed(heading(labels.basis.heading, 1), buildBasisNotes(workspace, matrices, labels)),
      // The agreement between the parties (domain §11), when the caller computed its fingerprint.
      ...(agreement ? buildAgreementSection(agreement) : []),
      ...headed(heading(labels.signatures.heading, 1), buildSignatures(workspace, labels)),
    ],
  };
}
