import type { Cell } from 'write-excel-file/universal';
import { listJointResponses } from '@/model/joint-response';
import type { Workspace } from '@/model/workspace';
import { guardFormula } from '../csv/write-csv';
import { engagementTitle, partyName } from '../pdf/annex-names';
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
  const lines = listJointResponses(workspace);
  if (lines.length === 0) return [];
  const { annex } = labels;
  const joint = annex.informationPlan.joint;
  const header = [joint.engagement, joint.notification, joint.timeliness, joint.coordinator];
  return [
    [],
    pad([{ value: guardFormula(joint.heading), type: String, fontWeight: 'bold' }]),
    noteRow(joint.intro, WIDTH),
    pad(header.map(headerCell)),
    ...lines.map(({ engagement, index, entry }) =>
      pad(
        [
          engagementTitle(engagement, index, annex),
          entry ? entry.notification : joint.none,
          entry ? entry.timeliness : '',
          entry ? partyName(workspace, entry.coordinatorPartyId, annex) : '',
        ].map((text) => textCell(text)),
      ),
    ),
  ];
}
