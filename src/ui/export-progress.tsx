import './export-progress.css';

interface ExportProgressProps {
  /** What is being made, e.g. "Making the PDF annex"; names the bar for assistive technology. */
  readonly label: string;
  /** Fraction done, from 0 to 1. */
  readonly fraction: number;
  readonly cancelLabel: string;
  readonly onCancel: () => void;
}

/** A running export: how far it is, as a bar and a percentage, and a button that stops it. */
export function ExportProgress({ label, fraction, cancelLabel, onCancel }: ExportProgressProps) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="export-progress">
      <progress max={100} value={percent} aria-label={label} />
      <span className="export-progress-percent" aria-hidden="true">
        {percent}%
      </span>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
