import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  /** '' when nothing is chosen yet. */
  value: T | '';
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  suggested?: boolean;
}

/** A few exclusive choices side by side, as radio buttons (claim status, direct or paraphrase). */
export function SegmentedField<T extends string>({ legend, value, options, onChange, suggested }: Props<T>) {
  const name = useId();
  return (
    <fieldset className={`segmented${suggested ? ' is-suggested' : ''}`}>
      <legend>{legend}</legend>
      <div className="segmented-options">
        {options.map((o) => (
          <label key={o.value} className={`segmented-option${o.value === value ? ' is-checked' : ''}`} data-value={o.value}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
