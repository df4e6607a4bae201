import type { Content, TableCell } from 'pdfmake/interfaces';
import { ROLES, type Role } from '@/model/roles';
import type { Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';

/** Who signs: each named party, or one blank block per role when the workspace names no party. */
export interface Signatory {
  readonly name: string;
  readonly roles: readonly Role[];
}

const BLANK_LINE = '________________________';

/** The signatories of the annex, in the order the parties were entered. */
export function listSignatories(workspace: Workspace): Signatory[] {
  if (workspace.parties.length > 0) {
    return workspace.parties.map((party) => ({ name: party.name, roles: party.roles }));
  }
  return ROLES.map((role) => ({ name: BLANK_LINE, roles: [role] }));
}

function signatureBlock(signatory: Signatory, labels: AnnexLabels): TableCell {
  const roles = signatory.roles
    .map((role) => labels.role(role))
    .join(labels.document.listSeparator);
  return {
    margin: [0, 4, 12, 14],
    stack: [
      { text: signatory.name, fontSize: 11 },
      { text: roles || labels.document.notSet, style: 'small', margin: [0, 0, 0, 18] },
      {
        text: labels.document.field(labels.signatures.signature, BLANK_LINE),
        margin: [0, 0, 0, 14],
      },
      { text: labels.document.field(labels.signatures.date, BLANK_LINE) },
    ],
  };
}

/**
 * A signature block per party, two to a row: name, role(s), a signature line and a date line. Each
 * row is a block of its own that moves whole to the next page rather than split.
 */
export function buildSignatures(workspace: Workspace, labels: AnnexLabels): Content[] {
  const blocks = listSignatories(workspace).map((signatory) => signatureBlock(signatory, labels));
  const rows: Content[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    rows.push({
      unbreakable: true,
      layout: 'noBorders',
      fontSize: 9.5,
      table: { widths: ['*', '*'], body: [[blocks[i] ?? '', blocks[i + 1] ?? '']] },
    });
  }
  return rows;
}
