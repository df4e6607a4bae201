import { useT } from '@/i18n/i18n-provider';
import { ROLES } from '@/model/roles';
import type { Party } from '@/model/workspace';
import { CommittedInput } from './committed-input';
import { isNameTaken } from './party-names';

interface PartyRowProps {
  readonly party: Party;
  readonly parties: readonly Party[];
  readonly onRename: (name: string) => void;
  readonly onRolesChange: (roles: Party['roles']) => void;
  readonly onRemove: () => void;
}

/** One party: its name, a checkbox per role it may hold, and its removal. */
export function PartyRow({ party, parties, onRename, onRolesChange, onRemove }: PartyRowProps) {
  const t = useT();
  const p = useT('parties');
  return (
    <tr>
      <td>
        <CommittedInput
          id={`party-name-${party.id}`}
          label={p('parties.nameOf', { name: party.name })}
          labelHidden
          value={party.name}
          refuse={(draft) => (draft ? null : p('parties.renameEmpty', { name: party.name }))}
          warning={
            isNameTaken(parties, party.name, party.id)
              ? p('parties.nameDuplicate', { name: party.name })
              : null
          }
          onCommit={onRename}
        />
      </td>
      {ROLES.map((role) => (
        <td key={role} className="parties-role-cell">
          <input
            type="checkbox"
            aria-label={p('parties.roleOf', { role: t(`role.${role}`), name: party.name })}
            checked={party.roles.includes(role)}
            onChange={(event) =>
              onRolesChange(
                ROLES.filter((r) => (r === role ? event.target.checked : party.roles.includes(r))),
              )
            }
          />
        </td>
      ))}
      <td>
        <button
          type="button"
          aria-label={p('parties.removeNamed', { name: party.name })}
          onClick={onRemove}
        >
          {p('parties.remove')}
        </button>
      </td>
    </tr>
  );
}
