import { memo, useId } from 'react';

type Options<T extends string> = readonly {
  readonly value: T;
  readonly label: string;
  readonly lang?: string;
}[];

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: Options<T>;
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
        <OptionList options={options} />
      </select>
    </span>
  );
}

// Rendered again only when the list itself changes: choosing one of 500 engagements changes the
// select's value alone, and reconciling its 500 options again took about a millisecond of the switch.
const OptionList = memo(function OptionList({ options }: { options: Options<string> }) {
  return options.map((option) => (
    <option key={option.value} value={option.value} lang={option.lang}>
      {option.label}
    </option>
  ));
});
