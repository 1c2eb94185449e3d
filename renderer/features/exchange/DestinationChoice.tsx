import type { ExportFormat } from '../../../shared/exchange';

export type Destination = 'download' | 'path';

/** Where an export goes in the browser mode: a download (the browser saves it), or a path on this computer. */
export function DestinationChoice({ value, onChange, format }: { value: Destination; onChange(next: Destination): void; format: ExportFormat }) {
  return (
    <fieldset className="choice-group destination-choice">
      <legend>Save</legend>
      <label className="choice">
        <input type="radio" name="export-destination" checked={value === 'download'} onChange={() => onChange('download')} />
        <span className="choice-text">
          <span className="choice-label">Download</span>
          <span className="choice-hint">The browser saves the file{format === 'markdown' ? ' (Markdown as one .zip)' : ''} where it keeps downloads.</span>
        </span>
      </label>
      <label className="choice">
        <input type="radio" name="export-destination" checked={value === 'path'} onChange={() => onChange('path')} />
        <span className="choice-text">
          <span className="choice-label">To a path on this computer</span>
          <span className="choice-hint">Written by Sourcebook itself, e.g. straight into a shared folder.</span>
        </span>
      </label>
    </fieldset>
  );
}
