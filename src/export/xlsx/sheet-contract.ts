import type { Workspace } from '@/model/workspace';
import { engagementTitle } from '../annex/annex-names';
import type { Cell } from './workbook-cell';
import type { WorkbookLabels } from './workbook-labels';
import type { SheetHeading, WorkbookSheet } from './workbook-sheet';
import { headerCell, TITLE_ROWS, textCell, titleRows } from './xlsx-cells';

const WIDTH = 3;

/**
 * The workbook's first sheet: the contract's fields under a title across the sheet, the parties with
 * their roles, and each engagement's scenario.
 */
export function contractSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex } = labels;
  const { contract } = workspace;
  const orNotSet = (value: string) => (value.trim() === '' ? annex.document.notSet : value.trim());
  const list = (items: readonly string[]) => items.join(annex.document.listSeparator);
  const rows: Cell[][] = [
    ...titleRows(heading.title, heading.subtitle, WIDTH),
    [headerCell(annex.contract.heading), headerCell(''), headerCell('')],
    ...(
      [
        [annex.contract.title, contract.title],
        [annex.contract.version, contract.version],
        [annex.contract.date, contract.date],
        [annex.contract.notes, contract.notes],
      ] as const
    ).map(([label, value]): Cell[] => [
      textCell(label, { fontWeight: 'bold' }),
      textCell(orNotSet(value), { columnSpan: 2 }),
      null,
    ]),
    [],
    [headerCell(annex.parties.name), headerCell(annex.parties.roles), headerCell('')],
    ...workspace.parties.map((party): Cell[] => [
      textCell(party.name),
      textCell(list(party.roles.map((role) => annex.role(role))), { columnSpan: 2 }),
      null,
    ]),
    [],
    [
      headerCell(labels.column.engagement),
      headerCell(annex.engagement.resourceService),
      headerCell(annex.engagement.deliveryMode),
    ],
    ...workspace.engagements.map((engagement, index): Cell[] => [
      textCell(engagementTitle(engagement, index, annex)),
      textCell(annex.serviceType(engagement.resourceService)),
      textCell(annex.mode(engagement.mode)),
    ]),
  ];
  return { name: labels.sheet.contract, rows, widths: [28, 40, 40], headerRows: TITLE_ROWS };
}
