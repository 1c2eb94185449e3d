import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  /** Said under the field: what was read, or what is wrong. */
  hint?: string;
  error?: string;
  /** The parser put this value here: a mark says so until the user edits it. */
  suggested?: boolean;
  className?: string;
}

/** A labelled one-line field of the highlight editor, with its hint or error tied to it for screen readers. */
export function TextField({ label, value, onChange, placeholder, hint, error, suggested, className }: Props) {
  const id = useId();
  const note = error ?? (suggested ? `Read from the text${hint ? `: ${hint}` : ''}` : hint);
  return (
    <div className={`field evidence-field${suggested ? ' is-suggested' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={note ? `${id}-note` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {note && (
        <span id={`${id}-note`} className={error ? 'field-error' : 'field-hint'}>
          {note}
        </span>
      )}
    </div>
  );
}
