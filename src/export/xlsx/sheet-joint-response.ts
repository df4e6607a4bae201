import type { Workspace } from '@/model/workspace';
import { deriveJointResponseTable } from '../annex/annex-joint-response-table';
import { guardFormula } from '../csv/write-csv';
import type { Cell } from './workbook-cell';
import type { WorkbookLabels } from './workbook-labels';
import { headerCell, noteRow, textCell } from './xlsx-cells';

// The plan sheet's widest table has seven columns; the joint-response table spans them all.
const WIDTH = 7;

const pad = (cells: Cell[]): Cell[] => [
  ...cells,
  ...Array.from({ length: WIDTH - cells.length }, () => null),
];

/**
 * The joint response to incidents under the plan's channels, in the annex's words (§1.2): a heading,
 * a line on what it is, then per engagement that needs or has one who notifies whom, within what
 * time and who coordinates, or "none agreed". No rows when no engagement calls for one.
 */
export function jointResponseRows(workspace: Workspace, labels: WorkbookLabels): Cell[][] {
  const table = deriveJointResponseTable(workspace, labels.annex);
  if (!table) return [];
  const joint = labels.annex.informationPlan.joint;
  return [
    [],
    pad([{ value: guardFormula(joint.heading), fontWeight: 'bold' }]),
    noteRow(joint.intro, WIDTH),
    pad(table.header.map(headerCell)),
    ...table.rows.map((row) => pad(row.map((text) => textCell(text)))),
  ];
}
