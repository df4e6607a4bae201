import { useId } from 'react';
import { useCommittedDraft } from '@/ui/use-committed-draft';

interface CommittedTextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly maxLength: number;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'date';
  readonly hint?: string;
  /** A stable id, for a link that leads to this field. */
  readonly id?: string;
  readonly onCommit: (value: string) => void;
}

/**
 * A text field whose value is committed as the user types (at each pause), when they leave it or
 * press Enter in a one-line field, and when the page is hidden: a pause is one undo step rather
 * than each key, and nothing typed is lost to a reload.
 */
export function CommittedTextField(props: CommittedTextFieldProps) {
  const { label, value, maxLength, multiline, type = 'text', hint, onCommit } = props;
  const ownId = useId();
  const id = props.id ?? ownId;
  const { draft, change, commit } = useCommittedDraft(value, onCommit);
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
        <textarea {...common} rows={3} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(event) => {
            change(event.target.value);
            // A date picker has no typing in progress: its choice is the edit.
            if (type === 'date') commit();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </div>
  );
}
