import { LIMITS } from '@/schema/limits';
import { useCommittedDraft } from '@/ui/use-committed-draft';

interface ChannelTextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
}

/**
 * One text of a channel, edited in its table cell: committed as the user types (at each pause),
 * when they leave the field or press Enter, and when the page is hidden, so a pause is one undo
 * step rather than each key and nothing typed is lost. A channel's texts are
 * single phrases, so Enter commits rather than starting a new line.
 */
export function ChannelTextField({ label, value, onCommit }: ChannelTextFieldProps) {
  const { draft, change, commit } = useCommittedDraft(value, onCommit);
  return (
    <textarea
      className="plan-text"
      aria-label={label}
      value={draft}
      rows={3}
      maxLength={LIMITS.textLength}
      onChange={(event) => change(event.target.value)}
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
