import { useId } from 'react';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  onChange(path: string): void;
  /** Shown under the field: what kind of path, and what happens to an existing file. */
  hint: ReactNode;
  /** The desktop app's native dialog, when its bridge has one; the typed path works either way. */
  onChoose?(): void;
  /** The button's words (default "Choose…"). */
  chooseLabel?: string;
}

/**
 * A file path on this computer. The browser mode cannot learn where a chosen file lives, nor offer a save dialog
 * for a file the server writes, so the path is typed (the server runs on the same machine, as the same user).
 */
export function PathField({ label, value, onChange, hint, onChoose, chooseLabel = 'Choose…' }: Props) {
  const id = useId();
  return (
    <div className="path-field">
      <label htmlFor={id}>{label}</label>
      <div className="path-row">
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} spellCheck={false} autoComplete="off" aria-describedby={`${id}-hint`} />
        {onChoose && (
          <button type="button" className="button" onClick={onChoose}>
            {chooseLabel}
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="choice-hint">
        {hint}
      </p>
    </div>
  );
}
