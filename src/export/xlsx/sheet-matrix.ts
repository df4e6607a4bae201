import type { Matrix, Cell as MatrixCell } from '@/model/assignment';
import { deriveCrosswalk } from '@/model/crosswalk';
import { inReadingOrder } from '@/model/reading-order';
import { ROLES, type Role } from '@/model/roles';
import type { Engagement, Workspace } from '@/model/workspace';
import { findColumnParties, matrixCell } from '../annex/annex-matrix-table';
import {
  DERIVED_MARK,
  engagementTitle,
  OVERRIDE_MARK,
  partyName,
  rowName,
} from '../annex/annex-names';
import type { Cell } from './workbook-cell';
import type { WorkbookLabels } from './workbook-labels';
import { type SheetHeading, tableSheet, type WorkbookSheet } from './workbook-sheet';
import { noteRow, OWNER_FILL, SUPPORTER_FILL, textCell } from './xlsx-cells';

// The annex's words for a cell, so the workbook and the annex mark the same cells † and *.
function cellText(
  cell: MatrixCell,
  workspace: Workspace,
  showParty: boolean,
  labels: WorkbookLabels,
) {
  return matrixCell(cell, { workspace, labels: labels.annex, showParty }).text;
}

function fillOf(cell: MatrixCell): string | undefined {
  if (cell.assignments.some((a) => a.duty === 'owner')) return OWNER_FILL;
  return cell.assignments.length > 0 ? SUPPORTER_FILL : undefined;
}

function legendRows(width: number, labels: WorkbookLabels): Cell[][] {
  const { annex } = labels;
  const pad = (n: number) => Array.from({ length: n }, () => null);
  const sample = (fill: string, text: string): Cell[] => [
    textCell('', { backgroundColor: fill }),
    textCell(text, { columnSpan: width - 1 }),
    ...pad(width - 2),
  ];
  return [
    [],
    [textCell(annex.matrix.legendHeading, { fontWeight: 'bold' }), ...pad(width - 1)],
    sample(OWNER_FILL, labels.legend.owner),
    sample(SUPPORTER_FILL, labels.legend.supporter),
    [
      textCell(OVERRIDE_MARK),
      textCell(annex.matrix.legendOverridden, { columnSpan: width - 1 }),
      ...pad(width - 2),
    ],
    [
      textCell(DERIVED_MARK),
      textCell(annex.matrix.legendDerived, { columnSpan: width - 1 }),
      ...pad(width - 2),
    ],
    noteRow(labels.crosswalk.derivedNote, width),
    noteRow(labels.crosswalk.ccmNote, width),
  ];
}

/**
 * An engagement's matrix laid out as on screen: a row per layer and assurance service (business data
 * first), a column per role headed by its parties, cells tinted for owners and supporters; then the
 * row's crosswalk to CCM, FedRAMP and provider words (derived), and the legend.
 */
export function matrixSheet(
  workspace: Workspace,
  engagement: Engagement,
  index: number,
  matrix: Matrix,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex, crosswalk } = labels;
  const parties = Object.fromEntries(
    ROLES.map((role) => [role, findColumnParties(matrix, engagement, role)]),
  ) as Record<Role, string[]>;
  const header = [
    annex.matrix.layerColumn,
    ...ROLES.map((role) =>
      [annex.role(role), ...parties[role].map((id) => partyName(workspace, id, annex))].join('\n'),
    ),
    crosswalk.ccm,
    crosswalk.fedramp,
    crosswalk.shared,
  ];
  const body = inReadingOrder(matrix.rows).map((row): Cell[] => {
    const mapped = deriveCrosswalk(row);
    const words = mapped
      ? crosswalk.values(mapped)
      : [crosswalk.none, crosswalk.none, crosswalk.none];
    const position = row.position ? `\n${annex.position(row.position)}` : '';
    return [
      textCell(`${rowName(row, engagement, annex)}${position}`, { fontWeight: 'bold' }),
      ...ROLES.map((role) => {
        const cell = row.cells[role];
        const fill = fillOf(cell);
        return textCell(
          cellText(cell, workspace, parties[role].length > 1, labels),
          fill ? { backgroundColor: fill } : {},
        );
      }),
      ...words.map((word) => textCell(word)),
    ];
  });
  const name = labels.sheet.matrix(index + 1);
  const sheetHeading = {
    ...heading,
    subtitle: `${engagementTitle(engagement, index, annex)}${annex.document.partSeparator}${heading.subtitle}`,
  };
  return tableSheet(
    name,
    sheetHeading,
    header,
    body,
    [24, 30, 30, 30, 30, 18, 18],
    labels,
    legendRows(header.length, labels),
  );
}
