// Figures in a sentence: each number with its bound, scale, currency or unit, what it measures, whose it is, its
// rate and the time it refers to. Pure; the suggester and evidence.parse run it over real sentences.
import type { Bound, Quantity, RatePeriod } from '../../../shared/model';
import { DURATION_UNITS, MEASURE_UNITS, nounBeforeOf, nounPhraseAfter, subjectBefore } from './noun-phrase';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, readNumber, roundValue, SCALES, SPELLED } from './numbers';
import { findTimeExpressions, MONTHS } from './time-expressions';

export interface FigureMatch {
  /** The figure's words in the sentence: bound, number, unit and what it counts ("up to 100 of these services"). */
  start: number;
  end: number;
  quantities: Quantity[];
  measures?: string;
  subject?: string;
  asOf?: string;
  asOfText?: string;
  /** 0–1: how sure the parser is that this is a figure a researcher would tag. */
  confidence: number;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SPELLED_RE = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(SPELLED)
  .filter((w) => !['a', 'an', 'half', 'dozen'].includes(w))
  .join('|')}|half an?|an?)`;
const SCALE_RE = '(?:hundred|thousand|million|billion|trillion|mln|bn|tn|trn|mn|m|k|b)';
const SYMBOL_RE = String.raw`(?:US\$|HK\$|C\$|A\$|\$|€|£|¥|₽|₹|₴)`;
const CODE_RE = `(?:${[...CURRENCY_CODES].join('|')})`;
const CURRENCY_WORD_RE = `(?:${Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const PERCENT_RE = String.raw`(?:%|percent|per cent|percentage points?|pct)`;

/** A number with what is glued to it: currency before, range, scale, percent or currency word after. */
const quantityPattern = (withRange: boolean, flags: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}\d.,$€£¥₽-])(?:(?<symbol>${SYMBOL_RE})\s?|(?<code>${CODE_RE})\s)?(?<num>${NUM}|${SPELLED_RE}\b)` +
      (withRange
        ? String.raw`(?:(?<pct1>%|\s?percent\b)?\s?(?<sep>-|–|—|\bto\b|\band\b)\s?(?:${SYMBOL_RE})?(?<num2>${NUM})(?![\d]))?`
        : '') +
      String.raw`(?:\s?(?<scale>${SCALE_RE})\b)?(?:\s?(?<percent>${PERCENT_RE})(?![\p{L}]))?(?:\s(?<word>${CURRENCY_WORD_RE}|${CODE_RE})\b)?`,
    flags,
  );
const QUANTITY = quantityPattern(true, 'giu');
/** The same without a range, tried again where a range reading made no sense ("from $6.2 million … to $4.1 million"). */
const SINGLE = quantityPattern(false, 'yiu');

/** "millions of users", "dozens of services": a vague multiple, read as a lower bound of two. */
const VAGUE = /\b(?<vague>dozens|hundreds|thousands|millions|billions)\s+of\b/gi;

const BOUNDS: [RegExp, Bound][] = [
  [/\b(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than|above|exceeding|north of|nearly all of)\s*$/i, 'lower'],
  [/\b(?:up to|less than|fewer than|under|at most|no more than|not more than|as many as|as much as|a maximum of|below|just under)\s*$/i, 'upper'],
  [/\b(?:about|around|some|roughly|approximately|nearly|almost|close to|an estimated|estimated|circa|c\.|approx\.?|more or less|or so)\s*$/i, 'approximate'],
];
const RATE = /^\s*(?:(?:each|every|per|a|an)\s+(?<unit>hour|day|week|month|quarter|year)\b|(?<adverb>hourly|daily|weekly|monthly|quarterly|annually|yearly)\b)/i;
const RATE_ADVERBS: Record<string, RatePeriod> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', annually: 'year', yearly: 'year' };
/** Words before a number that make it an identifier or a date, not a quantity. */
const NOT_A_QUANTITY_BEFORE = new RegExp(
  String.raw`(?:\b(?:no\.?|number|article|section|chapter|page|pp?\.|route|flight|room|level|phase|grade|season|episode|version|model|rule|paragraph|item|line|platform|gate|district|ward|covid|(?:${MONTHS.join('|')})|\w+day)\s*$)|[-/:]$`,
  'i',
);
const YEAR_LEAD = /\b(?:in|since|by|from|until|till|to|of|before|after|during|early|late|mid-?|and|or|the|year|spring|summer|autumn|fall|winter|through|between)\s*$/i;

interface Raw {
  start: number;
  end: number;
  quantity: Quantity;
  /** True when the number has something that makes it a quantity on its own (currency, percent, scale). */
  marked: boolean;
  spelled: boolean;
  hasUnit: boolean;
  measures?: string;
  elliptical: boolean;
}

/**
 * Every figure in `sentence`. `date` (the article's ISO date) resolves relative times such as "last year". A number
 * without a unit inherits the unit, what it measures and whose it is from the figure before it in the sentence
 * ("6 million active Russian users …, up from just 2 million").
 */
export function findFigures(sentence: string, context: { date?: string | null } = {}): FigureMatch[] {
  const raws = [...quantitiesIn(sentence), ...vagueIn(sentence)].sort((a, b) => a.start - b.start);
  const merged = mergeConversions(sentence, raws);
  const figures: FigureMatch[] = [];
  let previous: FigureMatch | undefined;
  for (const raw of merged) {
    const main = raw[0]!;
    if (!main.hasUnit && !main.marked && !(main.elliptical && previous)) continue;
    const figure: FigureMatch = { start: main.start, end: raw.at(-1)!.end, quantities: raw.map((r) => r.quantity), confidence: confidenceOf(main) };
    const subject = subjectBefore(sentence, boundStart(sentence, main.start));
    if (main.measures) figure.measures = main.measures;
    if (subject) figure.subject = subject;
    if (main.elliptical && previous) {
      // "…, up from just 2 million": the same thing, counted at another time.
      const unit = previous.quantities[0]?.unit;
      if (unit && !figure.quantities[0]!.unit) figure.quantities[0] = { ...figure.quantities[0]!, unit };
      figure.measures ??= previous.measures;
      figure.subject ??= previous.subject;
    } else if (!figure.subject && previous?.subject && main.hasUnit && previous.quantities[0]?.unit === main.quantity.unit) {
      figure.subject = previous.subject;
    }
    figures.push(figure);
    previous = figure;
  }
  assignTimes(sentence, figures, context.date);
  return figures;
}

/** Every number of the sentence, read with a range where one makes sense, else alone. */
function* numberMatches(sentence: string): Generator<RegExpExecArray> {
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(sentence); m; m = QUANTITY.exec(sentence)) {
    const g = m.groups!;
    if (g.num2) {
      const before = sentence.slice(Math.max(0, m.index - 12), m.index);
      const low = readNumber(g.num!) ?? 0;
      const high = Number(g.num2.replace(/,/g, ''));
      const badAnd = /and/i.test(g.sep!) && !/\bbetween\s*$/i.test(before);
      if (badAnd || /\bfrom\s*$/i.test(before) || high <= low) {
        SINGLE.lastIndex = m.index;
        const single = SINGLE.exec(sentence);
        if (single) {
          QUANTITY.lastIndex = m.index + single[0].length;
          yield single;
        }
        continue;
      }
    }
    yield m;
  }
}

function quantitiesIn(sentence: string): Raw[] {
  const out: Raw[] = [];
  for (const m of numberMatches(sentence)) {
    const g = m.groups!;
    const numText = g.num!;
    const spelled = !/\d/.test(numText);
    let base = readNumber(numText.replace(/^half an?$/i, 'half')) ?? (/^half/i.test(numText) ? 0.5 : undefined);
    if (base === undefined) continue;
    const scaleWord = g.scale?.toLowerCase();
    // "m" and "b" alone are scales only for money ("$5m"); elsewhere they are metres or letters.
    const scale = scaleWord && (scaleWord.length > 1 || g.symbol || g.code || g.word) ? scaleWord : undefined;
    const symbolCurrency = g.symbol ? CURRENCY_SYMBOLS[g.symbol] : g.code?.toUpperCase();
    const wordCurrency = g.word ? (CURRENCY_WORDS[g.word.toLowerCase()] ?? g.word.toUpperCase()) : undefined;
    const currency = symbolCurrency ?? wordCurrency;
    const percent = (g.percent ?? g.pct1)?.trim().toLowerCase();
    const matchEnd = m.index + m[0].length - (scaleWord && !scale ? m[0].length - m[0].lastIndexOf(g.scale!) : 0);
    const end = scaleWord && !scale ? m.index + m[0].lastIndexOf(g.scale!) : matchEnd;
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    const after = sentence.slice(end);
    if (spelled && !scale && !percent && !currency && !/^\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|hours?)\b/i.test(after)) continue;
    if (/^[a-z]/i.test(numText) && /^an?$/i.test(numText) && !scale) continue;
    if (/^[-–]?[\p{L}]/u.test(sentence.slice(end, end + 2)) && !/^\s/.test(sentence.slice(end, end + 1))) continue; // "10-year", "3rd"
    if (!spelled && NOT_A_QUANTITY_BEFORE.test(before)) continue;
    if (isYear(numText, g, before, after)) continue;
    if (/^\s*(?:ago|old|years? old|later|earlier)\b/i.test(after.replace(/^\s*\w+/, '')) && /^\s*(?:days?|weeks?|months?|years?)/i.test(after)) continue;
    // Durations as time adverbials ("in two hours", "over the past three years", "aged five months to three years").
    const duration = /^\s*(?:days?|weeks?|months?|years?|decades?|hours?)\b/i.test(after);
    if (duration && /\b(?:past|last|next|previous|coming|first|recent|in|over|after|aged?)\s+(?:\w+\s+)?$/i.test(before)) continue;
    if (duration && /\baged?\s+(?:\S+\s+){1,4}(?:to|and)\s+$/i.test(before)) continue;
    base = scale ? base * SCALES[scale]! : base;
    const quantity: Quantity = { value: roundValue(percent ? toFraction(base, percent) : base) };
    if (g.num2) {
      const high = Number(g.num2.replace(/,/g, '')) * (scale ? SCALES[scale]! : 1);
      const highValue = roundValue(percent ? toFraction(high, percent) : high);
      if (highValue <= quantity.value) continue; // "3-1" is a score, not a range
      quantity.valueMax = highValue;
    }
    if (scale) quantity.scale = g.scale!;
    const bound = boundOf(before);
    if (bound) quantity.bound = bound;
    let unitEnd = end;
    let measures: string | undefined;
    if (currency) quantity.unit = currency;
    else if (percent) quantity.unit = /point/.test(percent) ? 'percentage points' : 'percent';
    const phrase = nounPhraseAfter(sentence, end);
    if (phrase && !currency) {
      const head = phrase.head;
      if (!quantity.unit) quantity.unit = head;
      if (MEASURE_UNITS.has(head)) {
        const of = /^\s+of\s+/.exec(sentence.slice(phrase.end));
        const stuff = of ? nounPhraseAfter(sentence, phrase.end + of[0].length) : undefined;
        measures = stuff?.text;
        unitEnd = stuff?.end ?? phrase.end;
      } else {
        measures = percent || DURATION_UNITS.has(head) ? (percent ? phrase.text : undefined) : phrase.text;
        unitEnd = phrase.end;
      }
    } else if (phrase && currency && !/^(?:a|an|per|each)$/i.test(phrase.text)) {
      measures = phrase.text;
      unitEnd = phrase.end;
    }
    if (!measures && (currency || percent || !phrase)) measures = nounBeforeOf(sentence, boundStart(sentence, m.index));
    const place = placeOf(sentence, boundStart(sentence, m.index), unitEnd);
    if (measures && place && !DURATION_UNITS.has(quantity.unit ?? '')) measures = `${measures} ${place}`;
    const rate = RATE.exec(sentence.slice(unitEnd));
    if (rate) {
      quantity.per = rate.groups!.unit ? (rate.groups!.unit.toLowerCase() as RatePeriod) : RATE_ADVERBS[rate.groups!.adverb!.toLowerCase()];
      unitEnd += rate[0].length;
    }
    const start = boundStart(sentence, m.index);
    quantity.text = sentence.slice(start, unitEnd).trim();
    out.push({
      start,
      end: unitEnd,
      quantity,
      marked: Boolean(currency || percent || scale),
      spelled,
      hasUnit: Boolean(phrase) || Boolean(currency || percent),
      ...(measures ? { measures } : {}),
      elliptical: !phrase && !currency && !percent,
    });
  }
  return out;
}

function vagueIn(sentence: string): Raw[] {
  const out: Raw[] = [];
  for (const m of sentence.matchAll(VAGUE)) {
    const word = m.groups!.vague!.toLowerCase();
    const scale = word === 'dozens' ? 12 : SCALES[word.replace(/s$/, '')]!;
    const phrase = nounPhraseAfter(sentence, m.index + m[0].length);
    if (!phrase) continue;
    let end = phrase.end;
    const quantity: Quantity = { value: 2 * scale, bound: 'lower', unit: phrase.head, scale: word };
    const rate = RATE.exec(sentence.slice(end));
    if (rate) {
      quantity.per = rate.groups!.unit ? (rate.groups!.unit.toLowerCase() as RatePeriod) : RATE_ADVERBS[rate.groups!.adverb!.toLowerCase()];
      end += rate[0].length;
    }
    quantity.text = sentence.slice(m.index, end);
    out.push({ start: m.index, end, quantity, marked: false, spelled: true, hasUnit: true, measures: phrase.text, elliptical: false });
  }
  return out;
}

const PLACE = String.raw`(?:in|across|throughout)\s+(?:the\s+(?:country|world|region|city|US|UK|EU)|[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*)`;
const PLACE_AFTER = new RegExp(String.raw`^\s+(${PLACE})`, 'u');
const PLACE_BEFORE = new RegExp(String.raw`\b(${PLACE})\s+with\s+(?:\p{Ll}+\s+)?$`, 'u');

/** Where the counted things are ("90 million users in Russia", "popular in Iran with some 35-40 million users"):
 * part of what a figure measures, so that users in Russia and users in Iran do not form one series. */
function placeOf(sentence: string, start: number, end: number): string | undefined {
  return PLACE_AFTER.exec(sentence.slice(end))?.[1] ?? PLACE_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start))?.[1];
}

const toFraction = (n: number, percent: string): number => (/pct|%|percent|per cent|point/.test(percent) ? n / 100 : n);

function isYear(numText: string, g: Record<string, string | undefined>, before: string, after: string): boolean {
  if (!/^(1[89]|20)\d{2}$/.test(numText) || g.scale || g.symbol || g.code || g.percent || g.word) return false;
  if (YEAR_LEAD.test(before)) return true;
  return !/^\s+[\p{Ll}]+s\b/u.test(after) || /^\s+(?:as|was|has|is)\b/.test(after);
}

function boundOf(before: string): Bound | undefined {
  for (const [re, bound] of BOUNDS) if (re.test(before)) return bound;
  return undefined;
}

/** Where the figure's words start: its bound ("up to", "more than") belongs to it. */
function boundStart(sentence: string, numberStart: number): number {
  const before = sentence.slice(Math.max(0, numberStart - 30), numberStart);
  for (const [re] of BOUNDS) {
    const m = re.exec(before);
    if (m) return numberStart - (before.length - m.index) + (/^\s/.test(m[0]) ? 1 : 0);
  }
  return numberStart;
}

/** "10.8 million rubles ($14,000)": an amount and its conversion in brackets are one figure with two values. */
function mergeConversions(sentence: string, raws: Raw[]): Raw[][] {
  const groups: Raw[][] = [];
  for (const raw of raws) {
    const last = groups.at(-1)?.at(-1);
    if (groups.length && raw.start < last!.end) continue; // overlapping reading of the same words
    const gap = last ? sentence.slice(last.end, raw.start) : '';
    if (last && /^\s*\(\s*(?:about|around|roughly|approximately|some|nearly|almost|~)?\s*$/.test(gap) && last.quantity.unit && raw.quantity.unit && CURRENCY_CODES.has(raw.quantity.unit) && CURRENCY_CODES.has(last.quantity.unit)) {
      const close = /^\s*\)/.exec(sentence.slice(raw.end));
      groups.at(-1)!.push({ ...raw, end: raw.end + (close ? close[0].length : 0) });
      continue;
    }
    groups.push([raw]);
  }
  return groups;
}

function confidenceOf(raw: Raw): number {
  let c = 0.55;
  if (raw.marked) c += 0.2;
  if (raw.hasUnit) c += 0.15;
  if (raw.spelled) c -= 0.1;
  if (raw.quantity.bound === 'lower' && raw.quantity.scale && /s$/.test(raw.quantity.scale)) c = 0.6;
  return Math.max(0.3, Math.min(0.95, Math.round(c * 100) / 100));
}

/**
 * Dates each figure by the time expressions of the sentence: an expression belongs to the figure just before it
 * when that one has none yet ("6 million … as of January 2017"), else to the next figure ("As of January 2017,
 * Telegram had 6 million …").
 */
function assignTimes(sentence: string, figures: FigureMatch[], date: string | null | undefined): void {
  const times = findTimeExpressions(sentence, date).filter((t) => !figures.some((f) => t.start < f.end && t.end > f.start && !/^\d{4}$/.test(t.text)));
  for (const time of times) {
    const before = [...figures].reverse().find((f) => f.end <= time.start);
    const target = before && !before.asOf ? before : figures.find((f) => f.start >= time.end && !f.asOf);
    if (target) {
      target.asOf = time.asOf;
      target.asOfText = time.text;
    }
  }
}
