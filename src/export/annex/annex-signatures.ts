import { ROLES, type Role } from '@/model/roles';
import type { Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';
import type { AnnexBlock, AnnexSignatory } from './annex-model';

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

function signatoryWords(signatory: Signatory, labels: AnnexLabels): AnnexSignatory {
  const roles = signatory.roles
    .map((role) => labels.role(role))
    .join(labels.document.listSeparator);
  return {
    name: signatory.name,
    roles: roles || labels.document.notSet,
    signatureLine: labels.document.field(labels.signatures.signature, BLANK_LINE),
    dateLine: labels.document.field(labels.signatures.date, BLANK_LINE),
  };
}

/** A signature block per party: name, role(s), a signature line and a date line. */
export function buildSignatures(workspace: Workspace, labels: AnnexLabels): AnnexBlock[] {
  const signatories = listSignatories(workspace).map((signatory) =>
    signatoryWords(signatory, labels),
  );
  return [{ kind: 'signatures', signatories }];
}
