import { type FormEvent, useId, useRef, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { ROLES, type Role } from '@/model/roles';
import type { Party } from '@/model/workspace';
import { LIMITS } from '@/schema/limits';
import { isNameTaken } from './party-names';

interface PartyAddFormProps {
  readonly parties: readonly Party[];
  readonly onAdd: (name: string, roles: readonly Role[]) => void;
}

/** Adds a party by name with the roles it holds; an empty name is refused, a taken one warned of. */
export function PartyAddForm({ parties, onAdd }: PartyAddFormProps) {
  const t = useT();
  const p = useT('parties');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<readonly Role[]>([]);
  const [error, setError] = useState(false);
  const [added, setAdded] = useState('');
  const taken = isNameTaken(parties, name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(true);
      setAdded('');
      inputRef.current?.focus();
      return;
    }
    onAdd(trimmed, roles);
    setAdded(trimmed);
    setName('');
    setRoles([]);
    setError(false);
    inputRef.current?.focus();
  };
  const message = error
    ? p('parties.nameEmpty')
    : taken
      ? p('parties.nameDuplicate', { name: name.trim() })
      : null;
  return (
    <form className="party-add-form" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <h4 id={`${id}-heading`}>{p('parties.addHeading')}</h4>
      <div className="committed-input">
        <label htmlFor={`${id}-name`}>{p('parties.newName')}</label>
        <input
          ref={inputRef}
          id={`${id}-name`}
          value={name}
          maxLength={LIMITS.nameLength}
          aria-invalid={error}
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            if (event.target.value.trim()) setError(false);
          }}
        />
        {message ? (
          <span id={`${id}-message`} className={error ? 'parties-error' : 'parties-warning'}>
            {message}
          </span>
        ) : null}
      </div>
      <fieldset className="party-add-roles">
        <legend>{p('parties.newRoles')}</legend>
        {ROLES.map((role) => (
          <label key={role} className="parties-check">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) =>
                setRoles(
                  ROLES.filter((r) => (r === role ? event.target.checked : roles.includes(r))),
                )
              }
            />
            <span>{t(`role.${role}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary">
          {p('parties.add')}
        </button>
      </div>
      <p role="status" className="field-hint">
        {added ? p('parties.added', { name: added }) : ''}
      </p>
    </form>
  );
}
