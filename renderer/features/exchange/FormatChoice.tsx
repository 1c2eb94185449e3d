import type { ExportFormat } from '../../../shared/exchange';
import { FORMAT_INFO, FORMAT_ORDER } from './export-formats';

/** The export formats as radio buttons, each with who it is for. */
export function FormatChoice({ value, onChange }: { value: ExportFormat; onChange(format: ExportFormat): void }) {
  return (
    <fieldset className="choice-group format-choice">
      <legend>Format</legend>
      {FORMAT_ORDER.map((format) => (
        <label key={format} className="choice">
          <input type="radio" name="export-format" value={format} checked={format === value} onChange={() => onChange(format)} />
          <span className="choice-text">
            <span className="choice-label">{FORMAT_INFO[format].label}</span>
            <span className="choice-hint">{FORMAT_INFO[format].description}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
