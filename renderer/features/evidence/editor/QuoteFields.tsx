import type { EvidenceDraft } from './evidence-draft';
import { SegmentedField } from './SegmentedField';
import { TextField } from './TextField';

interface Props {
  draft: EvidenceDraft;
  onChange(next: EvidenceDraft): void;
  suggested: string[];
}

const QUOTE_TYPES = [
  { value: 'direct', label: 'Direct quote' },
  { value: 'paraphrase', label: 'Paraphrase' },
] as const;

/** Who is quoted, in what role, and whether these are their own words. */
export function QuoteFields({ draft, onChange, suggested }: Props) {
  return (
    <div className="evidence-fields quote-fields">
      <TextField
        label="Speaker"
        value={draft.fields.speaker}
        onChange={(speaker) => onChange({ ...draft, fields: { ...draft.fields, speaker } })}
        suggested={suggested.includes('speaker')}
      />
      <TextField
        label="Role"
        value={draft.fields.speakerRole}
        onChange={(speakerRole) => onChange({ ...draft, fields: { ...draft.fields, speakerRole } })}
        placeholder="spokesperson, minister…"
        suggested={suggested.includes('speakerRole')}
      />
      <SegmentedField
        legend="Wording"
        value={draft.quoteType}
        options={QUOTE_TYPES}
        onChange={(quoteType) => onChange({ ...draft, quoteType })}
        suggested={suggested.includes('quoteType')}
      />
    </div>
  );
}
