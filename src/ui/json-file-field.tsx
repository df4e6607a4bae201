import { FileChooser } from './file-chooser';

/** A labelled picker for one JSON file (see FileChooser). */
export function JsonFileField({
  className,
  ...field
}: {
  label: string;
  buttonText: string;
  className?: string;
  onFile: (file: File) => void;
}) {
  return (
    <span className={className}>
      <FileChooser accept=".json,application/json" {...field} />
    </span>
  );
}
