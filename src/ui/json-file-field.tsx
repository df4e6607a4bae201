/**
 * A labelled picker for one JSON file. The input is cleared on every choice, so choosing the same
 * file again (after an edit elsewhere) reads it again.
 */
export function JsonFileField({
  label,
  className,
  onFile,
}: {
  label: string;
  className?: string;
  onFile: (file: File) => void;
}) {
  return (
    <label className={className}>
      <span>{label}</span>
      <input
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
