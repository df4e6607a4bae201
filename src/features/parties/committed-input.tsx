import { useId, useState } from 'react';
import { LIMITS } from '@/schema/limits';
import { useCommittedDraft } from '@/ui/use-committed-draft';

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
 * A one-line text field committed as the user types (at each pause), when they leave it or press
 * Enter, and when the page is hidden. A refused draft is not committed: leaving the field or Enter
 * shows its error; Escape brings the value back.
 */
export function CommittedInput(props: CommittedInputProps) {
  const { label, labelHidden, value, placeholder, refuse, warning, onCommit } = props;
  const ownId = useId();
  const id = props.id ?? ownId;
  const [error, setError] = useState<string | null>(null);
  const typing = useCommittedDraft(value, onCommit, {
    normalise: (d) => d.trim(),
    canCommit: (next) => (refuse?.(next) ?? null) === null,
  });
  const draft = typing.draft;
  const commit = () => {
    const problem = refuse?.(draft.trim()) ?? null;
    setError(problem);
    if (problem === null) typing.commit();
  };
  const message = error ?? warning ?? null;
  return (
    <div className="committed-input">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        value={draft}
        placeholder={placeholder}
        maxLength={LIMITS.nameLength}
        aria-invalid={error !== null}
        aria-describedby={message ? `${id}-message` : undefined}
        onChange={(event) => typing.change(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') {
            typing.reset();
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
