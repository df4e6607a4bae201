import { useT } from '@/i18n/i18n-provider';
import { ROLES, type Role } from '@/model/roles';
import type { Workspace } from '@/model/workspace';
import { joinList } from './print-names';
import { usePrintT } from './use-print-t';

/** Who signs: each named party, or one block per role (name left blank) when no party is named. */
interface Signatory {
  readonly key: string;
  readonly name: string | null;
  readonly roles: readonly Role[];
}

function listSignatories(workspace: Workspace): Signatory[] {
  if (workspace.parties.length > 0) {
    return workspace.parties.map((party) => ({
      key: party.id,
      name: party.name,
      roles: party.roles,
    }));
  }
  return ROLES.map((role) => ({ key: role, name: null, roles: [role] }));
}

function SignLine({ label }: { label: string }) {
  const p = usePrintT();
  return (
    <p className="print-sign-line">
      <span>{p('print.field', { label, value: '' })}</span>
      <span className="print-blank" />
    </p>
  );
}

/** A signature block per party: name, roles, a signature line and a date line. */
export function PrintSignatures({ workspace }: { workspace: Workspace }) {
  const t = useT();
  const p = usePrintT();
  return (
    <section className="print-section" aria-labelledby="print-signatures-heading">
      <h2 id="print-signatures-heading">{p('print.signatures.heading')}</h2>
      <div className="print-signatures">
        {listSignatories(workspace).map((signatory) => {
          const roles = joinList(
            signatory.roles.map((role) => t(`role.${role}`)),
            p,
          );
          return (
            <section
              key={signatory.key}
              className="print-signature"
              aria-label={signatory.name ?? roles}
            >
              {/* A named party heads its block; a blank block is headed by its role. */}
              <p className="print-signatory">{signatory.name ?? roles}</p>
              {signatory.name === null ? (
                <SignLine label={p('print.signatures.party')} />
              ) : (
                <p className="print-hint">{roles || p('print.notSet')}</p>
              )}
              <SignLine label={p('print.signatures.signature')} />
              <SignLine label={p('print.signatures.date')} />
            </section>
          );
        })}
      </div>
    </section>
  );
}
