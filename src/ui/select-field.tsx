import { useId } from 'react';

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly {
    readonly value: T;
    readonly label: string;
    readonly lang?: string;
  }[];
  readonly onChange: (value: T) => void;
  /** A stable id, for a link that leads to this field. */
  readonly id?: string;
  readonly disabled?: boolean;
}

/** A labelled drop-down list. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  id: fixedId,
  disabled,
}: SelectFieldProps<T>) {
  const ownId = useId();
  const id = fixedId ?? ownId;
  return (
    <span className="select-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const next = options.find((o) => o.value === event.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
