import { useId } from 'react';
import { LIMITS } from '@/schema/limits';
import { useCommittedDraft } from '@/ui/use-committed-draft';

interface WorkspaceNameFieldProps {
  readonly label: string;
  readonly placeholder: string;
  readonly name: string;
  readonly onRename: (name: string) => void;
}

/** The open workspace's name; a new name is kept as it is typed (at each pause), on leaving the field or Enter. */
export function WorkspaceNameField({
  label,
  placeholder,
  name,
  onRename,
}: WorkspaceNameFieldProps) {
  const id = useId();
  const { draft, change, commit, reset } = useCommittedDraft(name, onRename, {
    normalise: (d) => d.trim(),
  });
  return (
    <div className="name-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft}
        placeholder={placeholder}
        maxLength={LIMITS.nameLength}
        onChange={(event) => change(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') reset();
        }}
      />
    </div>
  );
}
