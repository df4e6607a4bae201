import { useEffect, useState } from 'react';
import { LIMITS } from '@/schema/limits';

interface ChannelTextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
}

/**
 * One text of a channel, edited in its table cell: committed when the user leaves the field or
 * presses Enter, so a whole phrase is one undo step rather than one per key. A channel's texts are
 * single phrases, so Enter commits rather than starting a new line.
 */
export function ChannelTextField({ label, value, onCommit }: ChannelTextFieldProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <textarea
      className="plan-text"
      aria-label={label}
      value={draft}
      rows={3}
      maxLength={LIMITS.textLength}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          commit();
        }
      }}
    />
  );
}
