import { CLAIM_STATUSES } from '../../../../shared/model';
import type { EvidenceDraft } from './evidence-draft';
import { SegmentedField } from './SegmentedField';
import { TextField } from './TextField';

export const STATUS_LABEL = { unverified: 'Unverified', supported: 'Supported', disputed: 'Disputed', false: 'False' } as const;
const STATUSES = CLAIM_STATUSES.map((value) => ({ value, label: STATUS_LABEL[value] }));

interface Props {
  draft: EvidenceDraft;
  onChange(next: EvidenceDraft): void;
  suggested: string[];
}

/** Who makes the claim and how far it is established. Its evidence links are beside, saved as they are made. */
export function ClaimFields({ draft, onChange, suggested }: Props) {
  return (
    <div className="evidence-fields claim-fields">
      <TextField
        label="Claimant"
        value={draft.fields.claimant}
        onChange={(claimant) => onChange({ ...draft, fields: { ...draft.fields, claimant } })}
        suggested={suggested.includes('claimant')}
        className="field-wide"
      />
      <SegmentedField legend="Status" value={draft.status} options={STATUSES} onChange={(status) => onChange({ ...draft, status })} />
    </div>
  );
}
