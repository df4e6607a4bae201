import { useEffect, useId, useState } from 'react';
import { LIMITS } from '@/schema/limits';

interface WorkspaceNameFieldProps {
  readonly label: string;
  readonly placeholder: string;
  readonly name: string;
  readonly onRename: (name: string) => void;
}

/** The open workspace's name; a new name is kept when the field is left or Enter is pressed. */
export function WorkspaceNameField({
  label,
  placeholder,
  name,
  onRename,
}: WorkspaceNameFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const commit = () => {
    const next = draft.trim();
    if (next !== name) onRename(next);
  };
  return (
    <div className="name-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft}
        placeholder={placeholder}
        maxLength={LIMITS.nameLength}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(name);
        }}
      />
    </div>
  );
}
