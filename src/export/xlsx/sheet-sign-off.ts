import type { Cell } from 'write-excel-file/universal';
import type { Matrix } from '@/model/assignment';
import { findRaciRowState } from '@/model/check-departments';
import { deriveRaciRows, findCustomerDepartments, lettersOf } from '@/model/customer-duties';
import type { Workspace } from '@/model/workspace';
import { assignmentsWords, engagementTitle, rowName } from '../pdf/annex-names';
import { partyRoles } from './sheet-tables';
import type { WorkbookLabels } from './workbook-labels';
import { type SheetHeading, tableSheet, type WorkbookSheet } from './workbook-sheet';
import { noteRow, textCell } from './xlsx-cells';

/**
 * The customer's departments (RACI): a row per customer duty and department with its letters, and
 * the duty's check. Engagements whose customer has no departments have no rows.
 */
export function raciSheet(
  workspace: Workspace,
  matrices: readonly Matrix[],
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex } = labels;
  const words = annex.raci;
  const body = workspace.engagements.flatMap((engagement, index) => {
    const departments = findCustomerDepartments(workspace, engagement);
    return deriveRaciRows(workspace, engagement, matrices[index] as Matrix).flatMap((raciRow) =>
      departments.map((department) => {
        const letters = lettersOf(raciRow, department.id);
        return [
          engagementTitle(engagement, index, annex),
          `${rowName(raciRow.row, engagement, annex)}\n${assignmentsWords(raciRow.row.cells.customer.assignments, annex)}`,
          department.name.trim() || words.kind(department.kind),
          letters.length === 0
            ? words.empty
            : letters.map((letter) => words.letter(letter)).join(annex.document.listSeparator),
          words.state(findRaciRowState(raciRow)),
        ];
      }),
    );
  });
  const header = [
    labels.column.engagement,
    words.duty,
    labels.column.department,
    labels.column.letters,
    words.check,
  ];
  return tableSheet(labels.sheet.raci, heading, header, body, [24, 36, 20, 28, 24], labels);
}

/**
 * The sign-off sheet: a row per party with its roles and empty cells for the signer's name, title,
 * date and signature, tall enough to sign on paper; a note that any later change voids them.
 */
export function signOffSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex, column } = labels;
  const body = workspace.parties.map((party): Cell[] => [
    textCell(party.name, { height: 48 }),
    textCell(partyRoles(workspace, party.id, labels)),
    textCell(''),
    textCell(''),
    textCell(''),
    textCell(''),
  ]);
  const header = [
    annex.parties.name,
    annex.parties.roles,
    column.signerName,
    column.signerTitle,
    annex.signatures.date,
    annex.signatures.signature,
  ];
  return tableSheet(labels.sheet.signOff, heading, header, body, [26, 26, 20, 20, 16, 30], labels, [
    [],
    noteRow(labels.signOffNote, header.length),
  ]);
}
