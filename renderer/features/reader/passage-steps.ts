import type { Span } from '../../app/route';

/**
 * Choosing a passage with the keyboard alone: the reader's keyboard selection moves and grows a passage by
 * sentences and words, found with Intl.Segmenter in the article's language. Pure functions over the body text;
 * sentences and words never cross a block (paragraph), though a passage may grow across several.
 */
export interface TextUnits {
  sentences: Span[];
  words: Span[];
}

export type Step =
  /** ↓ / ↑: the next or previous sentence, whole. */
  | 'next-sentence'
  | 'previous-sentence'
  /** Shift+↓ / Shift+↑: one sentence more or fewer at the end. */
  | 'more-sentences'
  | 'fewer-sentences'
  /** → / ←: the start moves one word later (shorter passage) or earlier (longer). */
  | 'start-later'
  | 'start-earlier'
  /** Shift+→ / Shift+←: the end moves one word later (longer) or earlier (shorter). */
  | 'end-later'
  | 'end-earlier';

/** Signs that belong to the number they touch: currency and plus/minus before it, per cent and degrees after. */
const PREFIX_SIGN = /^[\p{Sc}+\u2212#-]$/u;
const SUFFIX_SIGN = /^[%\u2030\u00b0\u2032\u2033]$/u;

/** The sentences and words of the body's blocks, in reading order, trimmed of surrounding white space. */
export function textUnits(body: string, blocks: Span[], locale?: string): TextUnits {
  const sentences: Span[] = [];
  const words: Span[] = [];
  const bySentence = segmenter(locale, 'sentence');
  const byWord = segmenter(locale, 'word');
  for (const block of blocks) {
    const text = body.slice(block.start, block.end);
    for (const s of bySentence.segment(text)) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const trimmed = s.segment.trim();
      if (trimmed) sentences.push({ start: block.start + s.index + lead, end: block.start + s.index + lead + trimmed.length });
    }
    const segments = [...byWord.segment(text)];
    segments.forEach((w, i) => {
      if (!w.isWordLike) return;
      let start = block.start + w.index;
      let end = start + w.segment.length;
      // A figure keeps its signs: "£96,000", "12%" (the segmenter makes the sign a word of its own, not word-like).
      const before = segments[i - 1];
      const after = segments[i + 1];
      if (before && PREFIX_SIGN.test(before.segment)) start -= before.segment.length;
      if (after && SUFFIX_SIGN.test(after.segment)) end += after.segment.length;
      words.push({ start, end });
    });
  }
  return { sentences, words };
}

function segmenter(locale: string | undefined, granularity: 'sentence' | 'word'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale, { granularity });
  } catch {
    return new Intl.Segmenter(undefined, { granularity }); // an unknown language tag in the article's metadata
  }
}

/** The first sentence that ends after `offset`: where a keyboard selection starts (the first one in view). */
export function sentenceFrom(units: TextUnits, offset: number): Span | null {
  return units.sentences.find((s) => s.end > offset) ?? units.sentences.at(-1) ?? null;
}

/** The passage after one step; the same passage when it cannot go further that way. */
export function stepPassage(p: Span, step: Step, { sentences, words }: TextUnits): Span {
  const first = <T>(list: T[], test: (x: T) => boolean) => list.find(test);
  const last = <T>(list: T[], test: (x: T) => boolean) => list.findLast(test);
  let next: Span | undefined;
  switch (step) {
    case 'next-sentence':
      next = first(sentences, (s) => s.start >= p.end);
      return next ? { ...next } : p;
    case 'previous-sentence':
      // The sentence before, or the start of the one the passage begins inside.
      next = last(sentences, (s) => s.start < p.start);
      return next ? { ...next } : p;
    case 'more-sentences':
      next = first(sentences, (s) => s.end > p.end);
      return next ? { start: p.start, end: next.end } : p;
    case 'fewer-sentences':
      next = last(sentences, (s) => s.end < p.end && s.end > p.start);
      return next ? { start: p.start, end: next.end } : p;
    case 'start-later':
      next = first(words, (w) => w.start > p.start && w.start < p.end);
      return next ? { start: next.start, end: p.end } : p;
    case 'start-earlier':
      next = last(words, (w) => w.start < p.start);
      return next ? { start: next.start, end: p.end } : p;
    case 'end-later':
      next = first(words, (w) => w.end > p.end);
      return next ? { start: p.start, end: next.end } : p;
    case 'end-earlier':
      next = last(words, (w) => w.end < p.end && w.end > p.start);
      return next ? { start: p.start, end: next.end } : p;
  }
}

/** Which step a key press asks for, or null for keys the keyboard selection leaves alone. */
export function stepForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): Step | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const steps: Record<string, [Step, Step]> = {
    ArrowDown: ['next-sentence', 'more-sentences'],
    ArrowUp: ['previous-sentence', 'fewer-sentences'],
    ArrowRight: ['start-later', 'end-later'],
    ArrowLeft: ['start-earlier', 'end-earlier'],
  };
  const pair = steps[event.key];
  return pair ? pair[event.shiftKey ? 1 : 0] : null;
}
