import { useEffect, useId, useRef } from 'react';
import { useT } from '@/i18n/i18n-provider';

interface RemovalNoticeProps {
  readonly text: string;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

/**
 * Says what a removal took with it and offers to undo it. It takes the focus, because the button
 * that was pressed went away with the removed item.
 */
export function RemovalNotice({ text, onUndo, onDismiss }: RemovalNoticeProps) {
  const p = useT('parties');
  const undoRef = useRef<HTMLButtonElement>(null);
  const textId = useId();
  useEffect(() => undoRef.current?.focus(), []);
  return (
    <div className="parties-notice">
      <p id={textId} role="status">
        {text}
      </p>
      <div className="parties-notice-actions">
        <button
          ref={undoRef}
          type="button"
          className="primary"
          aria-describedby={textId}
          onClick={onUndo}
        >
          {p('parties.undo')}
        </button>
        <button type="button" onClick={onDismiss}>
          {p('parties.dismiss')}
        </button>
      </div>
    </div>
  );
}
