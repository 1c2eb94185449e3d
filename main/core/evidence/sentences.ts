// Sentence and quotation boundaries in an article body, as offsets, so that every suggestion and parse can point at
// its exact range. Rules, not a model: news prose is regular enough, and the rules stay fast and explainable.

export interface Span {
  start: number;
  end: number;
}

/** Words whose trailing full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st jr sr gen col lt sgt gov sen rep no vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec approx est dept fig e.g i.e u.s u.k u.n'.split(' '),
);

const CLOSERS = '"”’)]»';

/**
 * The sentences of `text`: each ends after . ! or ? (and any closing quote or bracket) when what follows starts a new
 * sentence (a capital, a digit or an opening quote), or at a line break. Lowercase after a full stop keeps the
 * sentence going, which is how `"…from us.” the company said` stays one sentence.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(spans, text, start, i);
      start = skipSpace(text, i);
      i = start - 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (end < text.length && text[end] !== ' ' && text[end] !== '\n' && text[end] !== '\t') continue;
    const next = skipSpace(text, end);
    if (next < text.length && !startsSentence(text[next]!)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    push(spans, text, start, end);
    start = next;
    i = next - 1;
  }
  push(spans, text, start, text.length);
  return spans;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

const startsSentence = (ch: string): boolean => /[\p{Lu}\d"“‘«([]/u.test(ch);

function isAbbreviation(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence that holds `offset` (or the nearest one before it). */
export function sentenceAt(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const OPENING = '“«„';
const CLOSING = '”»';
const STRAIGHT = '"';

/**
 * Quotation spans in `text`, marks included. Curly and straight marks are paired as found in real copy, where they
 * are often mixed (`"No other government … from us.”`): a mark opens when it follows a space or the start and is
 * followed by a letter; otherwise it closes. A quotation never runs across a paragraph (a blank or broken line).
 */
export function findQuotations(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      open = -1;
      continue;
    }
    if (!OPENING.includes(ch) && !CLOSING.includes(ch) && ch !== STRAIGHT) continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    const opens = OPENING.includes(ch) || (ch === STRAIGHT && /[\s([—–-]/.test(before) && /\S/.test(after));
    const closes = CLOSING.includes(ch) || (ch === STRAIGHT && !opens);
    if (open < 0 && (opens || (ch === STRAIGHT && /\S/.test(after) && !/[\p{L}\d]/u.test(before)))) open = i;
    else if (open >= 0 && closes) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (open >= 0 && opens) open = i; // an unclosed mark: start again from the later one
  }
  return spans;
}
