import { type ReactNode, useEffect, useId, useRef } from 'react';
import './modal-dialog.css';

interface ModalDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A modal dialog (the native <dialog>: it traps focus, closes on Escape and gives focus back to the
 * control that opened it). Its content is rendered only while open; every way of closing it goes
 * through the element's own close(), so focus always returns.
 */
export function ModalDialog({ open, title, closeLabel, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // After every render, not only when `open` changes: closing the element queues its 'close' event
  // for a later task, and a dialog opened before that event runs (another of the action bar's, one
  // click later) leaves `open` true throughout, while the element is closed.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  });
  // The keyboard closes it with Escape (native); the click is the pointer's way out on the backdrop.
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-labelledby={headingId}
      onClose={() => {
        // Stale when the dialog was opened again since: it is open now, and stays so.
        if (!ref.current?.open) onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (event.target === ref.current) ref.current.close();
      }}
    >
      {open ? (
        <div className="modal-dialog-box">
          <div className="modal-dialog-head">
            <h2 id={headingId}>{title}</h2>
            <button
              type="button"
              className="modal-dialog-close"
              onClick={() => ref.current?.close()}
            >
              {closeLabel}
            </button>
          </div>
          <div className="modal-dialog-body">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
