import { useId } from 'react';
import { FileChooser } from './file-chooser';

/** A labelled picker for one JSON file (see FileChooser). */
export function JsonFileField({
  label,
  buttonText,
  className,
  onFile,
}: {
  label: string;
  buttonText: string;
  className?: string;
  onFile: (file: File) => void;
}) {
  const id = useId();
  return (
    <span className={className}>
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <FileChooser
        id={id}
        labelledBy={`${id}-label`}
        buttonText={buttonText}
        accept=".json,application/json"
        onFile={onFile}
      />
    </span>
  );
}
