import type { Input } from '../../../../shared/api';
import type { ParsedPassage } from '../../../../shared/evidence';
import type { Bound, ClaimStatus, HighlightEvidence, HighlightFields, Kind, Quantity, RatePeriod } from '../../../../shared/model';
import { amountText, parseAmount } from '../amounts';

/** One number of a figure as the editor holds it: text fields, read into a Quantity on saving. */
export interface QuantityDraft {
  amount: string;
  unit: string;
  bound: Bound | '';
  /** A range's high end, typed like the value. */
  max: string;
  per: RatePeriod | '';
  /** The printed words it was read from, kept as they were. */
  text?: string;
}

/** The structured fields of a highlight being edited, for every kind (only the current kind's are saved). */
export interface EvidenceDraft {
  fields: Required<HighlightFields>;
  quantities: QuantityDraft[];
  asOf: string;
  asOfText: string;
  series: string;
  quoteType: 'direct' | 'paraphrase' | '';
  status: ClaimStatus;
}

export type EvidencePatch = NonNullable<Input<'highlights.update'>['evidence']>;

const EMPTY_FIELDS: Required<HighlightFields> = { speaker: '', speakerRole: '', measures: '', claimant: '', subject: '' };
export const emptyQuantity = (): QuantityDraft => ({ amount: '', unit: '', bound: '', max: '', per: '' });

function quantityDraft(q: Quantity): QuantityDraft {
  return {
    amount: amountText(q.value, q.scale, q.unit),
    unit: q.unit ?? '',
    bound: q.bound ?? '',
    max: q.valueMax === undefined ? '' : amountText(q.valueMax, q.scale, q.unit),
    per: q.per ?? '',
    ...(q.text ? { text: q.text } : {}),
  };
}

export function draftOf(fields: HighlightFields, evidence: HighlightEvidence | undefined): EvidenceDraft {
  return {
    fields: { ...EMPTY_FIELDS, ...fields },
    quantities: evidence?.quantities?.length ? evidence.quantities.map(quantityDraft) : [emptyQuantity()],
    asOf: evidence?.asOf ?? '',
    asOfText: evidence?.asOfText ?? '',
    series: evidence?.series ?? '',
    quoteType: evidence?.quoteType ?? '',
    status: evidence?.status ?? 'unverified',
  };
}

/** Which of the kind's fields hold nothing yet: the ones the parser may fill. */
export function blankKeys(draft: EvidenceDraft, kind: Kind): string[] {
  const blank = (key: string, value: string) => (value.trim() === '' ? [key] : []);
  switch (kind) {
    case 'figure':
      return [
        ...(draft.quantities.every((q) => q.amount.trim() === '') ? ['quantities'] : []),
        ...blank('asOf', draft.asOf),
        ...blank('measures', draft.fields.measures),
        ...blank('subject', draft.fields.subject),
      ];
    case 'quote':
      return [...blank('speaker', draft.fields.speaker), ...blank('speakerRole', draft.fields.speakerRole), ...blank('quoteType', draft.quoteType)];
    case 'claim':
      return blank('claimant', draft.fields.claimant);
  }
}

/**
 * Fills the blank fields with what the parser read (never overwriting what the user or an earlier save put
 * there). Returns the new draft and the keys it filled, so the editor can say which values are suggestions.
 */
export function prefill(draft: EvidenceDraft, kind: Kind, parsed: ParsedPassage): { draft: EvidenceDraft; filled: string[] } {
  const read = draftOf(parsed.fields, parsed.evidence);
  const filled: string[] = [];
  const next: EvidenceDraft = { ...draft, fields: { ...draft.fields } };
  for (const key of blankKeys(draft, kind)) {
    if (key === 'quantities' && parsed.evidence.quantities?.length) next.quantities = read.quantities;
    else if (key === 'asOf' && read.asOf) Object.assign(next, { asOf: read.asOf, asOfText: read.asOfText });
    else if (key === 'quoteType' && read.quoteType) next.quoteType = read.quoteType;
    else if (key in EMPTY_FIELDS && read.fields[key as keyof HighlightFields]) next.fields[key as keyof HighlightFields] = read.fields[key as keyof HighlightFields];
    else continue;
    filled.push(key);
  }
  return { draft: next, filled };
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Why a draft cannot be saved, one message per bad field (keyed like the fields), or none. */
export function draftProblems(draft: EvidenceDraft, kind: Kind): Record<string, string> {
  const problems: Record<string, string> = {};
  if (kind !== 'figure') return problems;
  draft.quantities.forEach((q, i) => {
    if (q.amount.trim() !== '' && !parseAmount(q.amount)) problems[`amount-${i}`] = 'Not a number: write e.g. 6000000, 6 million, 6m or 60%.';
    if (q.max.trim() !== '') {
      const max = parseAmount(q.max);
      const value = parseAmount(q.amount);
      if (!max) problems[`max-${i}`] = 'Not a number.';
      else if (value && max.value < value.value) problems[`max-${i}`] = 'A range must not end below where it starts.';
    }
  });
  if (draft.asOf.trim() !== '' && !PARTIAL_DATE.test(draft.asOf.trim())) problems.asOf = 'Write a year, a month or a day: 2017, 2017-01 or 2017-01-15.';
  return problems;
}

function quantityOf(q: QuantityDraft): Quantity | null {
  const amount = parseAmount(q.amount);
  if (!amount) return null;
  const max = q.max.trim() ? parseAmount(q.max) : null;
  const unit = q.unit.trim() || (amount.percent ? 'percent' : '');
  return {
    value: amount.value,
    ...(max && max.value !== amount.value ? { valueMax: max.value } : {}),
    ...(q.bound ? { bound: q.bound } : {}),
    ...(unit ? { unit } : {}),
    ...(amount.scale ?? max?.scale ? { scale: (amount.scale ?? max?.scale)! } : {}),
    ...(q.per ? { per: q.per } : {}),
    ...(q.text ? { text: q.text } : {}),
  };
}

/** The fields of a kind (the others are left as they are stored). */
const FIELD_KEYS: Record<Kind, (keyof HighlightFields)[]> = {
  figure: ['measures', 'subject'],
  quote: ['speaker', 'speakerRole'],
  claim: ['claimant'],
};

/**
 * What highlights.update (or create) is sent for the draft: the kind's fields (an emptied one as '', which the core
 * drops) and an evidence patch where an emptied key is null (removed). Links are not here: they change at once,
 * through evidence.link and evidence.unlink.
 */
export function toChanges(draft: EvidenceDraft, kind: Kind): { fields: HighlightFields; evidence: EvidencePatch } {
  const fields: HighlightFields = {};
  for (const key of FIELD_KEYS[kind]) fields[key] = draft.fields[key].trim();
  if (kind === 'figure') {
    const quantities = draft.quantities.map(quantityOf).filter((q): q is Quantity => q !== null);
    const asOf = draft.asOf.trim();
    return {
      fields,
      evidence: {
        quantities: quantities.length ? quantities : null,
        asOf: asOf || null,
        asOfText: asOf && draft.asOfText.trim() ? draft.asOfText.trim() : null,
        series: draft.series.trim() || null,
      },
    };
  }
  if (kind === 'quote') return { fields, evidence: { quoteType: draft.quoteType || null } };
  return { fields, evidence: { status: draft.status === 'unverified' ? null : draft.status } };
}
