import { checkWorkspace } from '@/model/check-workspace';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import { listDutiesByParty } from '@/model/party-duties';
import type { Workspace } from '@/model/workspace';
import { CSV_COLUMNS, CSV_CROSSWALK_COLUMNS } from '@/schema/csv-format';
import { describeDeviations } from '../annex/annex-deviations';
import { findingLocation } from '../annex/annex-findings';
import { assignmentWords, engagementTitle, partyName, rowName } from '../annex/annex-names';
import { buildCsvRows } from '../csv/export-workspace-csv';
import { jointResponseRows } from './sheet-joint-response';
import type { WorkbookLabels } from './workbook-labels';
import { type SheetHeading, tableSheet, type WorkbookSheet } from './workbook-sheet';

/** The long table: the CSV's columns and rows, one per assignment (or empty cell). */
export function rowsSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const columns = [...CSV_COLUMNS, ...CSV_CROSSWALK_COLUMNS];
  const body = buildCsvRows(workspace, labels.csv).map((row) =>
    columns.map((column) => row[column]),
  );
  const widths = columns.map((column) =>
    column.endsWith('_id') || column === 'duty' || column === 'scope' ? 14 : 22,
  );
  return tableSheet(labels.sheet.rows, heading, columns, body, widths, labels);
}

/** What each party owes: a row per duty, with the basis or the contract's reason. */
export function partyDutiesSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex, column } = labels;
  const duties = listDutiesByParty(workspace);
  const body = workspace.parties.flatMap((party) =>
    (duties.get(party.id) ?? []).flatMap((group) =>
      group.lines.map((line) => [
        party.name,
        engagementTitle(group.engagement, group.index, annex),
        rowName(line.row, group.engagement, annex),
        annex.role(line.role),
        assignmentWords(line.assignment, annex),
        line.changed ? labels.yes : labels.no,
        line.reason.kind === 'override'
          ? line.reason.text
          : labels.csv.basis(line.assignment.basis),
      ]),
    ),
  );
  const header = [
    column.party,
    column.engagement,
    annex.matrix.layerColumn,
    column.role,
    column.duty,
    column.changed,
    column.reason,
  ];
  return tableSheet(
    labels.sheet.partyDuties,
    heading,
    header,
    body,
    [22, 24, 24, 20, 34, 10, 40],
    labels,
  );
}

/** Every cell the contract changed from the baseline, with the baseline, the agreed duties and the reason. */
export function deviationsSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex } = labels;
  const words = annex.deviations;
  const body = workspace.engagements.flatMap((engagement, index) =>
    describeDeviations(engagement, deriveMatrixMemo(engagement, workspace.overrides), annex).map(
      (d) => [
        engagementTitle(engagement, index, annex),
        `${d.row}${annex.document.partSeparator}${d.role}`,
        d.baseline,
        d.agreed,
        d.reason,
      ],
    ),
  );
  const header = [labels.column.engagement, words.cell, words.baseline, words.agreed, words.reason];
  return tableSheet(labels.sheet.deviations, heading, header, body, [24, 30, 34, 34, 40], labels);
}

/** The information-sharing plan: who passes what to whom, when, how fast and how. */
export function planSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex, column } = labels;
  const plan = annex.informationPlan;
  const body = workspace.channels.map((channel) => [
    partyName(workspace, channel.fromPartyId, annex),
    partyName(workspace, channel.toPartyId, annex),
    plan.category(channel),
    channel.what,
    channel.trigger,
    channel.timeliness,
    channel.medium,
  ]);
  const header = [
    column.from,
    column.to,
    plan.categoryColumn,
    plan.what,
    plan.trigger,
    plan.timeliness,
    plan.medium,
  ];
  return tableSheet(
    labels.sheet.plan,
    heading,
    header,
    body,
    [22, 22, 24, 34, 28, 16, 16],
    labels,
    jointResponseRows(workspace, labels),
  );
}

/** The checks against the four principles: severity, principle, finding and where. */
export function checksSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex, column } = labels;
  const byId = new Map(
    workspace.engagements.map((e) => [e.id, deriveMatrixMemo(e, workspace.overrides)]),
  );
  const body = checkWorkspace(workspace).map((finding) => [
    annex.severity(finding.severity),
    annex.principle(finding.principle),
    annex.finding(finding.code),
    findingLocation(finding, workspace, byId, annex),
  ]);
  const header = [column.severity, column.principle, column.finding, column.where];
  return tableSheet(labels.sheet.checks, heading, header, body, [12, 26, 44, 50], labels, []);
}
