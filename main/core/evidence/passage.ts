// evidence.parse: what the editor should prefill for a passage, read with its sentence around it.
import type { ParsedPassage } from '../../../shared/evidence';
import type { HighlightEvidence, HighlightFields, Kind } from '../../../shared/model';
import { parseAttribution } from './parse-attribution';
import type { Attribution } from './parse-attribution';
import { findFigures } from './parse-figure';
import { findQuotations, sentenceAt, splitSentences } from './sentences';

/**
 * Reads the passage `[start, end)` of `body` as a figure, quote or claim (`kind`, else the likeliest: quotation marks
 * make a quote, a number a figure, anything else a claim). Fields that cannot be read are left out.
 */
export function parsePassage(body: string, start: number, end: number, kind: Kind | undefined, context: { date?: string | null } = {}): ParsedPassage {
  const sentences = splitSentences(body);
  const first = sentenceAt(sentences, start);
  const last = sentenceAt(sentences, Math.max(start, end - 1));
  const span = sentences.length ? { start: Math.min(sentences[first]!.start, start), end: Math.max(sentences[last]!.end, end) } : { start, end };
  const sentence = body.slice(span.start, span.end);
  const relStart = start - span.start;
  const relEnd = end - span.start;
  const figures = findFigures(sentence, context).filter((f) => f.start < relEnd && f.end > relStart);
  const passage = body.slice(start, end);
  const quoted = findQuotations(passage).reduce((n, q) => n + q.end - q.start, 0);
  const guessed: Kind = kind ?? (quoted > 0.5 * passage.trim().length ? 'quote' : figures.length ? 'figure' : 'claim');
  const fields: HighlightFields = {};
  const evidence: HighlightEvidence = {};
  if (guessed === 'figure') {
    const f = figures[0] ?? findFigures(passage, context)[0];
    if (f) {
      if (f.measures) fields.measures = f.measures;
      if (f.subject) fields.subject = f.subject;
      evidence.quantities = f.quantities;
      if (f.asOf) evidence.asOf = f.asOf;
      if (f.asOfText) evidence.asOfText = f.asOfText;
    }
    return { kind: guessed, fields, evidence };
  }
  const attribution = parseAttribution(sentence, relStart, relEnd, previousAttribution(body, sentences, first));
  if (guessed === 'quote') {
    evidence.quoteType = quoted > 0.5 * passage.trim().length || /^\s*["“«]/.test(passage) ? 'direct' : 'paraphrase';
    if (attribution) {
      fields.speaker = attribution.speaker;
      if (attribution.speakerRole) fields.speakerRole = attribution.speakerRole;
    }
  } else if (attribution) fields.claimant = attribution.speaker;
  return { kind: guessed, fields, evidence };
}

function previousAttribution(body: string, sentences: { start: number; end: number }[], index: number): Attribution | undefined {
  let previous: Attribution | undefined;
  for (let i = Math.max(0, index - 3); i < index; i++) {
    const s = sentences[i]!;
    previous = parseAttribution(body.slice(s.start, s.end), 0, 0, previous) ?? previous;
  }
  return previous;
}
