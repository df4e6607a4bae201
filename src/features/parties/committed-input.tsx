import { useEffect, useId, useState } from 'react';
import { LIMITS } from '@/schema/limits';

interface CommittedInputProps {
  readonly label: string;
  /** Hide the label visually (a table column header already says what the field is). */
  readonly labelHidden?: boolean;
  readonly value: string;
  readonly placeholder?: string;
  /** An error for a draft that is refused; null when the draft may be committed. */
  readonly refuse?: (draft: string) => string | null;
  /** A warning about the committed value that does not stop it. */
  readonly warning?: string | null;
  readonly onCommit: (value: string) => void;
  readonly id?: string;
}

/**
 * A one-line text field committed when the user leaves it or presses Enter, so a whole name is one
 * undo step. A refused draft shows its error and is not committed; Escape brings the value back.
 */
export function CommittedInput(props: CommittedInputProps) {
  const { label, labelHidden, value, placeholder, refuse, warning, onCommit } = props;
  const ownId = useId();
  const id = props.id ?? ownId;
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    const next = draft.trim();
    const problem = refuse?.(next) ?? null;
    setError(problem);
    if (problem === null && next !== value) onCommit(next);
  };
  const message = error ?? warning ?? null;
  return (
    <div className="committed-input">
      <label htmlFor={id} className={labelHidden ? 'parties-visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        value={draft}
        placeholder={placeholder}
        maxLength={LIMITS.nameLength}
        aria-invalid={error !== null}
        aria-describedby={message ? `${id}-message` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') {
            setDraft(value);
            setError(null);
          }
        }}
      />
      {message ? (
        <span id={`${id}-message`} className={error ? 'parties-error' : 'parties-warning'}>
          {message}
        </span>
      ) : null}
    </div>
  );
}
