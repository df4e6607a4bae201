import { useEffect, useId, useState } from 'react';

interface CommittedTextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly maxLength: number;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'date';
  readonly hint?: string;
  readonly onCommit: (value: string) => void;
}

/**
 * A text field whose value is committed when the user leaves it (or presses Enter in a one-line
 * field), so a whole word is one undo step rather than one per key.
 */
export function CommittedTextField(props: CommittedTextFieldProps) {
  const { label, value, maxLength, multiline, type = 'text', hint, onCommit } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    maxLength,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onBlur: commit,
  };
  return (
    <div className="contract-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(event) => {
            setDraft(event.target.value);
            // A date picker has no typing in progress: its choice is the edit.
            if (type === 'date') onCommit(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </div>
  );
}
