import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import { ROLES } from '@/model/roles';
import type { Workspace } from '@/model/workspace';
import type { Cell } from './workbook-cell';
import type { WorkbookLabels } from './workbook-labels';
import { type SheetHeading, tableSheet, type WorkbookSheet } from './workbook-sheet';
import { headerCell, noteRow, textCell } from './xlsx-cells';

/** The roles a workspace's parties hold, for the sign-off table. */
function partyRoles(workspace: Workspace, partyId: string, labels: WorkbookLabels): string {
  const roles = workspace.parties.find((p) => p.id === partyId)?.roles ?? [];
  return ROLES.filter((r) => roles.includes(r))
    .map((role) => labels.annex.role(role))
    .join(labels.annex.document.listSeparator);
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
