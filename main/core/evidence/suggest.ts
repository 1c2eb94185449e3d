// Candidate quotes, figures and claims in an article body, each with its exact range and a confidence. Pure: the
// service adds what the notebook knows (dismissed suggestions, existing highlights).
import { createHash } from 'node:crypto';
import type { HighlightEvidence, HighlightFields, Kind } from '../../../shared/model';
import { CLAIM_VERBS, parseAttribution, REPORTING_VERBS } from './parse-attribution';
import type { Attribution } from './parse-attribution';
import { findFigures } from './parse-figure';
import type { FigureMatch } from './parse-figure';
import { findQuotations, sentenceAt, splitSentences } from './sentences';
import type { Span } from './sentences';
import type { Suggestion } from '../../../shared/evidence';

/** A candidate is exactly what the API calls a suggestion: one shape, declared once in shared/evidence.ts. */
export type Candidate = Suggestion;

export interface SuggestContext {
  /** The article's ISO date, to resolve "last year" and to date figures. */
  date?: string | null;
}

const REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS.split(' ').join('|')}|according to|citing)\\b`, 'i');
/** "was added to the list": passive, not a report. */
const PASSIVE_ADDED = /\b(?:was|were|been|be|being|is|are|get|got)\s+(?:\w+ly\s+)?(?:added|called|described|dismissed|rejected|noted|confirmed|posted|told|asked|threatened|warned|accused|found|blamed)\b/gi;
/** Verbs that report a question or a request, not an assertion. */
const NOT_ASSERTING = /^(?:asked|called|calling|urged|posted)$/;

export function suggestionId(kind: Kind, body: string, start: number, end: number): string {
  const exact = body.slice(start, end).replace(/\s+/g, ' ').trim().toLowerCase();
  const prefix = body.slice(Math.max(0, start - 24), start).replace(/\s+/g, ' ').toLowerCase();
  return createHash('sha256').update(`${kind}\u0000${exact}\u0000${prefix}`).digest('hex').slice(0, 16);
}

/** Every candidate in `body`, in text order (figures, quotes and claims interleaved). */
export function suggestEvidence(body: string, context: SuggestContext = {}): Candidate[] {
  const sentences = splitSentences(body);
  const quotations = findQuotations(body);
  const out: Candidate[] = [];
  let previous: Attribution | undefined;
  for (const s of sentences) {
    const text = body.slice(s.start, s.end);
    for (const f of findFigures(text, context)) out.push(figureCandidate(body, s, f));
    const inside = quotations.filter((q) => q.start >= s.start && q.start < s.end);
    const claim = claimCandidate(body, s, inside, previous);
    if (claim) out.push(claim.candidate);
    previous = claim?.attribution ?? parseAttribution(text, 0, 0, previous) ?? previous;
  }
  for (const q of quotations) {
    const candidate = quoteCandidate(body, sentences, q);
    if (candidate) out.push(candidate);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function figureCandidate(body: string, s: Span, f: FigureMatch): Candidate {
  const start = s.start + f.start;
  const end = s.start + f.end;
  const fields: HighlightFields = {};
  if (f.measures) fields.measures = f.measures;
  if (f.subject) fields.subject = f.subject;
  const evidence: HighlightEvidence = { quantities: f.quantities };
  if (f.asOf) evidence.asOf = f.asOf;
  if (f.asOfText) evidence.asOfText = f.asOfText;
  const unit = f.quantities[0]?.unit;
  return { id: suggestionId('figure', body, start, end), kind: 'figure', start, end, text: body.slice(start, end), confidence: f.confidence, fields, evidence, reason: `number${unit ? ` in ${unit}` : ''}` };
}

const wordsOf = (text: string): string[] => text.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
const SMALL = new Set('of the and for in on at to a an or de la'.split(' '));
/** "Register of Information Disseminators": a name or title in quotation marks, not a quotation. */
const isTitle = (words: string[]): boolean => words.length > 1 && words.every((w) => SMALL.has(w) || /^[\p{Lu}\d]/u.test(w));

function quoteCandidate(body: string, sentences: Span[], q: Span): Candidate | undefined {
  const inner = body.slice(q.start + 1, q.end - 1);
  const words = wordsOf(inner);
  if (words.length < 2 || isTitle(words)) return undefined;
  const first = sentenceAt(sentences, q.start);
  const last = sentenceAt(sentences, Math.max(q.start, q.end - 2));
  const span = { start: sentences[first]!.start, end: Math.max(sentences[last]!.end, q.end) };
  const text = body.slice(span.start, span.end);
  const previous = attributionBefore(body, sentences, first);
  let attribution = parseAttribution(text, q.start - span.start, q.end - span.start, previous);
  let adjacent = false;
  const wholeSentence = q.start - span.start <= 1 && span.end - q.end <= 2;
  if (!attribution && wholeSentence) {
    // A quotation standing alone takes the attribution of the sentence before or after it.
    attribution = previous ?? nextAttribution(body, sentences, last);
    adjacent = attribution !== undefined;
  }
  if (!attribution) return undefined;
  let confidence = adjacent ? 0.7 : 0.9;
  if (words.length < 3) {
    // Two quoted words credited only by "according to" are a term ("information-dissemination organizers").
    if (attribution.verb === 'according to') return undefined;
    confidence -= 0.2;
  }
  if (NOT_ASSERTING.test(attribution.verb)) confidence -= 0.2;
  const fields: HighlightFields = { speaker: attribution.speaker, ...(attribution.speakerRole ? { speakerRole: attribution.speakerRole } : {}) };
  return {
    id: suggestionId('quote', body, q.start, q.end),
    kind: 'quote',
    start: q.start,
    end: q.end,
    text: body.slice(q.start, q.end),
    confidence: Math.round(confidence * 100) / 100,
    fields,
    evidence: { quoteType: 'direct' },
    reason: `quotation attributed with "${attribution.verb}"${adjacent ? ' in the next or previous sentence' : ''}`,
  };
}

function attributionBefore(body: string, sentences: Span[], index: number): Attribution | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const s = sentences[i]!;
    if (body.slice(s.end, sentences[i + 1]!.start).includes('\n\n') && i < index - 1) break;
    const a = parseAttribution(body.slice(s.start, s.end), 0, 0);
    if (a && !/^(?:he|she|they|it)$/i.test(a.speaker)) return a;
  }
  return undefined;
}

function nextAttribution(body: string, sentences: Span[], index: number): Attribution | undefined {
  const next = sentences[index + 1];
  if (!next) return undefined;
  const text = body.slice(next.start, next.end);
  return /^[\p{Lu}][^.]{0,60}\b(?:said|says|added|told|wrote)\b/u.test(text) ? parseAttribution(text, 0, 0) : undefined;
}

/** A sentence that reports what someone asserts (said, claimed, accused, according to…) and is not mostly a quotation. */
function claimCandidate(body: string, s: Span, quotations: Span[], previous: Attribution | undefined): { candidate: Candidate; attribution: Attribution } | undefined {
  const text = body.slice(s.start, s.end);
  if (!REPORTING.test(text.replace(PASSIVE_ADDED, '')) || wordsOf(text).length < 6 || !/[.!?"”’]$/.test(text)) return undefined;
  const quoted = quotations.reduce((n, q) => n + Math.min(q.end, s.end) - q.start, 0);
  const attribution = parseAttribution(text, 0, 0, previous);
  if (!attribution || NOT_ASSERTING.test(attribution.verb)) return undefined;
  // Mostly a quotation: a claim only when the reporting verb comes first and says something of its own before it
  // ("said the results were “…”"), not for "“…,” X said".
  if (quoted > 0.5 * text.length) {
    const firstQuote = (quotations[0]?.start ?? s.end) - s.start;
    if (attribution.end > firstQuote || wordsOf(text.slice(attribution.end, firstQuote)).length < 2) return undefined;
  }
  const confidence = CLAIM_VERBS.has(attribution.verb) ? 0.8 : attribution.verb === 'according to' ? 0.7 : 0.6;
  return {
    attribution,
    candidate: {
      id: suggestionId('claim', body, s.start, s.end),
      kind: 'claim',
      start: s.start,
      end: s.end,
      text,
      confidence,
      fields: { claimant: attribution.speaker },
      evidence: {},
      reason: `reported with "${attribution.verb}"`,
    },
  };
}
