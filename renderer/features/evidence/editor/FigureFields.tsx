import { emptyQuantity } from './evidence-draft';
import type { EvidenceDraft } from './evidence-draft';
import { QuantityFields } from './QuantityFields';
import { TextField } from './TextField';

interface Props {
  draft: EvidenceDraft;
  onChange(next: EvidenceDraft): void;
  errors: Record<string, string>;
  /** Keys the parser filled. */
  suggested: string[];
}

/** A figure's numbers, when they hold, what they measure, whose they are, and the series they belong to. */
export function FigureFields({ draft, onChange, errors, suggested }: Props) {
  const setQuantity = (index: number, next: EvidenceDraft['quantities'][number]) =>
    onChange({ ...draft, quantities: draft.quantities.map((q, i) => (i === index ? next : q)) });
  const is = (key: string) => suggested.includes(key);
  return (
    <div className="evidence-fields figure-fields">
      {draft.quantities.map((q, i) => (
        <QuantityFields
          key={i}
          quantity={q}
          index={i}
          errors={errors}
          suggested={is('quantities')}
          onChange={(next) => setQuantity(i, next)}
          onRemove={i > 0 ? () => onChange({ ...draft, quantities: draft.quantities.filter((_, j) => j !== i) }) : undefined}
        />
      ))}
      <button type="button" className="link-button" onClick={() => onChange({ ...draft, quantities: [...draft.quantities, emptyQuantity()] })}>
        Add another value
      </button>
      <TextField
        label="As of"
        value={draft.asOf}
        onChange={(asOf) => onChange({ ...draft, asOf, asOfText: '' })}
        placeholder="2017, 2017-01 or 2017-01-15"
        hint={draft.asOfText ? `“${draft.asOfText}”` : 'When the number holds'}
        error={errors.asOf}
        suggested={is('asOf')}
      />
      <TextField
        label="Measures"
        value={draft.fields.measures}
        onChange={(measures) => onChange({ ...draft, fields: { ...draft.fields, measures } })}
        placeholder="active users in Russia"
        suggested={is('measures')}
      />
      <TextField
        label="Subject"
        value={draft.fields.subject}
        onChange={(subject) => onChange({ ...draft, fields: { ...draft.fields, subject } })}
        placeholder="whose number: Telegram"
        suggested={is('subject')}
      />
      <TextField
        label="Series"
        value={draft.series}
        onChange={(series) => onChange({ ...draft, series })}
        placeholder="optional: name one to group figures"
        hint="Figures of one series name are charted together."
      />
    </div>
  );
}
