import type { Cell } from 'write-excel-file/universal';
import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import { findRaciRowState } from '@/model/check-departments';
import { deriveRaciRows, findCustomerDepartments, lettersOf } from '@/model/customer-duties';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import type { Workspace } from '@/model/workspace';
import { assignmentsWords, engagementTitle, rowName } from '../pdf/annex-names';
import { partyRoles } from './sheet-tables';
import type { WorkbookLabels } from './workbook-labels';
import { type SheetHeading, tableSheet, type WorkbookSheet } from './workbook-sheet';
import { headerCell, noteRow, textCell } from './xlsx-cells';

/**
 * The customer's departments (RACI): a row per customer duty and department with its letters, and
 * the duty's check. Engagements whose customer has no departments have no rows.
 */
export function raciSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
): WorkbookSheet {
  const { annex } = labels;
  const words = annex.raci;
  const body = workspace.engagements.flatMap((engagement, index) => {
    const departments = findCustomerDepartments(workspace, engagement);
    const matrix = deriveMatrixMemo(engagement, workspace.overrides);
    return deriveRaciRows(workspace, engagement, matrix).flatMap((raciRow) =>
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
 * The sign-off sheet: a row per party with its roles and cells for the signer's name, title, date
 * and signature, tall enough to sign on paper; a note that any later change voids them. With the
 * agreement (domain §11) the rows carry the signatures recorded in the workspace, each with the
 * fingerprint it was given to and whether it still holds, and under the table the agreement's
 * status and the fingerprint of the content in full, as in the annex.
 */
export function signOffSheet(
  workspace: Workspace,
  heading: SheetHeading,
  labels: WorkbookLabels,
  agreement?: AgreementAnnexText,
): WorkbookSheet {
  const { annex, column } = labels;
  const body = workspace.parties.map((party, index): Cell[] => {
    // The annex's rows: party, name, title, date, short fingerprint, state; one per party, in order.
    const signed = agreement?.signatureRows[index] ?? [];
    return [
      textCell(party.name, { height: 48 }),
      textCell(partyRoles(workspace, party.id, labels)),
      textCell(signed[1] ?? ''),
      textCell(signed[2] ?? ''),
      textCell(signed[3] ?? ''),
      textCell(''),
      ...(agreement ? [textCell(signed[4] ?? ''), textCell(signed[5] ?? '')] : []),
    ];
  });
  const header = [
    annex.parties.name,
    annex.parties.roles,
    column.signerName,
    column.signerTitle,
    annex.signatures.date,
    annex.signatures.signature,
    ...(agreement ? agreement.signatureHeader.slice(4, 6) : []),
  ];
  const widths = [26, 26, 20, 20, 16, 30, ...(agreement ? [14, 16] : [])];
  return tableSheet(labels.sheet.signOff, heading, header, body, widths, labels, [
    [],
    ...(agreement ? agreementRows(agreement, header.length) : []),
    noteRow(labels.signOffNote, header.length),
  ]);
}

/** The agreement's status and fingerprints as label and value rows, and why signatures went void. */
function agreementRows(agreement: AgreementAnnexText, width: number): Cell[][] {
  const fields = agreement.fields.map(([label, value]): Cell[] => [
    headerCell(label),
    { ...textCell(value), columnSpan: width - 1 },
    ...Array.from({ length: width - 2 }, () => null),
  ]);
  return [fields, agreement.voidNote ? [noteRow(agreement.voidNote, width)] : [], [[]]].flat();
}
