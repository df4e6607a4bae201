import { type ReactNode, useId } from 'react';
import './radio-group.css';

/** One choice of a radio group. */
export interface RadioOption<T extends string> {
  readonly value: T;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
}

interface RadioGroupProps<T extends string> {
  readonly legend: string;
  /** A sentence under the legend that explains the choice. */
  readonly hint?: string;
  readonly name: string;
  readonly options: readonly RadioOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** A fieldset of radio buttons, each a large target with an optional hint under its label. */
export function RadioGroup<T extends string>({
  legend,
  hint,
  name,
  options,
  value,
  onChange,
}: RadioGroupProps<T>) {
  // Scoped by the group's id: index.html holds the prerendered first screen in both languages, and
  // radios of one name form one group across the whole document, so one copy would uncheck the other.
  const scope = useId();
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {options.map((option) => (
        <label key={option.value} className="radio-option">
          <input
            type="radio"
            name={name + scope}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span className="radio-option-text">
            <span className="radio-option-label">{option.label}</span>
            {option.hint ? <span className="radio-option-hint">{option.hint}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
