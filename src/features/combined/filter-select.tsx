import { useId } from 'react';

interface FilterSelectProps {
  readonly label: string;
  /** A line under the list saying how the filter works; read with the list's name. */
  readonly hint?: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}

/** A labelled drop-down list of one filter; the empty value means "not filtered". */
export function FilterSelect({ label, hint, value, options, onChange }: FilterSelectProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="combined-filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <span id={hintId} className="combined-filter-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
