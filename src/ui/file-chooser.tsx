import { useId } from 'react';

// Its styles are in app.css, with the other controls'.

/**
 * A file picker in the page's language. The browser's own file input names its button and its "no
 * file chosen" in the browser's language, so a Chinese page in an English browser said "Choose
 * File". Here the input stays the control, named by its label: it lies, unseen, over a
 * button drawn in the page's language, so it still takes the click, the keyboard, a dropped file
 * and the screen reader's attention. It is cleared on every choice, so choosing the same file again
 * (after an edit elsewhere) reads it again; the field's own status says which file was read.
 */
export function FileChooser({
  label,
  hint,
  buttonText,
  accept,
  onFile,
}: {
  label: string;
  /** Shown between the label and the button. */
  hint?: string;
  buttonText: string;
  accept: string;
  onFile: (file: File) => void;
}) {
  const id = useId();
  // A fragment: the label and the hint stay children of the field's own element, as its styles expect.
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <span className="file-chooser">
        <input
          id={id}
          className="file-chooser-input"
          type="file"
          accept={accept}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        {/* For the eye only: the input above it is what is clicked and announced. */}
        <span className="file-chooser-button" aria-hidden="true">
          {buttonText}
        </span>
      </span>
    </>
  );
}
