// Its styles are in app.css, with the other controls'.

/**
 * A file picker in the page's language. The browser's own file input names its button and its "no
 * file chosen" in the browser's language, so a Chinese page in an English browser said "Choose
 * File". The input stays the control (focus, keyboard, screen readers, tests' setInputFiles), named
 * by the field's label, and is hidden from sight; a label drawn as a button stands for it. The input
 * is cleared on every choice, so choosing the same file again (after an edit elsewhere) reads it
 * again; the field's own status says which file was read.
 */
export function FileChooser({
  id,
  labelledBy,
  buttonText,
  accept,
  onFile,
}: {
  id: string;
  /** The id of the field's label: the input's name. */
  labelledBy: string;
  buttonText: string;
  accept: string;
  onFile: (file: File) => void;
}) {
  return (
    <span className="file-chooser">
      <input
        id={id}
        className="file-chooser-input"
        type="file"
        accept={accept}
        aria-labelledby={labelledBy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      {/* Hidden from screen readers: the input, named by the field's label, is what they announce. */}
      <label htmlFor={id} className="file-chooser-button" aria-hidden="true">
        {buttonText}
      </label>
    </span>
  );
}
