import type { HighlightEvidence, HighlightFields, Kind } from '../../../shared/model';
import { formatQuantity } from './amounts';
import { formatPartialDate } from '../board/dates';

/** What the parser read in a passage, in a few words: "6 million users · as of Jan 2017 · active Russian users". */
export function describeReading(kind: Kind, fields: HighlightFields, evidence: HighlightEvidence): string {
  const parts: string[] = [];
  if (kind === 'figure') {
    const q = evidence.quantities?.[0];
    if (q) parts.push(formatQuantity(q));
    if (evidence.asOf) parts.push(`as of ${formatPartialDate(evidence.asOf)}`);
    if (fields.measures) parts.push(fields.measures);
    if (fields.subject) parts.push(`of ${fields.subject}`);
  } else if (kind === 'quote') {
    if (fields.speaker) parts.push(`said by ${fields.speaker}${fields.speakerRole ? `, ${fields.speakerRole}` : ''}`);
    if (evidence.quoteType) parts.push(evidence.quoteType === 'direct' ? 'direct quote' : 'paraphrase');
  } else if (fields.claimant) parts.push(`claimed by ${fields.claimant}`);
  return parts.join(' · ');
}
