import { useId } from 'react';

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  suggested?: boolean;
  className?: string;
}

/** A labelled select of the highlight editor (bound, rate period). */
export function ChoiceField<T extends string>({ label, value, options, onChange, suggested, className }: Props<T>) {
  const id = useId();
  return (
    <div className={`field evidence-field${suggested ? ' is-suggested' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
