// What a number counts: the noun phrase after it ("6 million active Russian users" → users, "active Russian users"),
// and whose number it is (the clause's subject). Heuristics over words, no tagger: a plural noun ends the phrase.

/** Words that end a noun phrase: prepositions, conjunctions, auxiliaries and other function words. */
const STOP = new Set(
  ('in on at from as for with by to into onto since per each every than that which who whom whose and or but nor so yet ' +
    'is are was were be been being am have has had will would can could may might should must do does did not no ' +
    'said says say told added according this these those it its their his her our your my we they he she you i ' +
    'while when where after before during until because if though although over under about around between ' +
    'up down out off more less most least only just also even still already again then there here now ago later earlier ' +
    'a an the some any all both either neither such what how why whether like via across against among within without worldwide').split(' '),
);
/** Determiners skipped at the start of a phrase ("100 of these services", "8,400 such services"). */
const LEADING = new Set('of the these those its their his her our all such other some new more additional further'.split(' '));
/** Plurals that do not end in s, and mass nouns that head a counted phrase. */
const IRREGULAR_PLURALS = new Set('people children men women staff personnel police data media cattle employees'.split(' '));
/** Measurement units: "10 tonnes of oil" measures oil, in tonnes. */
export const MEASURE_UNITS = new Set(
  ('tonnes tons kilograms kg grams g kilometres kilometers km miles metres meters m litres liters barrels hectares acres ' +
    'megawatts mw gigawatts gw kilowatts kw terawatt-hours twh gigabytes gb terabytes tb square cubic').split(' '),
);
export const DURATION_UNITS = new Set('second seconds minute minutes hour hours day days week weeks month months year years decade decades'.split(' '));

export interface NounPhrase {
  /** Offsets of the phrase in the sentence. */
  start: number;
  end: number;
  /** The phrase as printed, without leading "of the". */
  text: string;
  /** Its head noun, lower case. */
  head: string;
}

const WORD = /^[\p{L}][\p{L}'’-]*$/u;

const isPlural = (word: string): boolean => {
  const w = word.toLowerCase();
  return IRREGULAR_PLURALS.has(w) || (/[^s']s$/.test(w) && w.length > 3) || /ies$/.test(w);
};

/**
 * The noun phrase that starts at `from` in `sentence`: up to five words, ended by a function word, punctuation or,
 * once a plural noun has been read, by the next word. A single word is taken only when it is a noun-like unit.
 */
export function nounPhraseAfter(sentence: string, from: number): NounPhrase | undefined {
  const re = /[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu;
  re.lastIndex = from;
  const words: { text: string; start: number; end: number }[] = [];
  let leading = true;
  let start = -1;
  let cursor = from;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (/[^\s]/.test(sentence.slice(cursor, m.index))) break;
    cursor = m.index + m[0].length;
    const w = m[0];
    const lower = w.toLowerCase();
    if (!WORD.test(w)) break;
    if (leading && LEADING.has(lower)) continue;
    leading = false;
    if (STOP.has(lower) || DURATION_UNITS.has(lower) && words.length > 0) break;
    if (start < 0) start = m.index;
    words.push({ text: w, start: m.index, end: m.index + w.length });
    if (isPlural(w) || words.length >= 5) break;
  }
  if (words.length === 0) return undefined;
  // Without a plural, keep the words only up to a noun-like end: "a fine of 1 ruble", "5 km".
  const last = words.at(-1)!;
  if (!isPlural(last.text) && words.length > 1 && !MEASURE_UNITS.has(last.text.toLowerCase())) return undefined;
  return { start, end: last.end, text: sentence.slice(start, last.end), head: last.text.toLowerCase().replace(/[’']s?$/, '') };
}

/** "a fine of 10.8 million rubles" → "fine": the noun a number is "of", read backwards from `before`. */
export function nounBeforeOf(sentence: string, before: number): string | undefined {
  const m = /(?:^|\s)(?:a|an|the|its|their|his|her)?\s*((?:[\p{L}-]+\s){0,1}[\p{L}-]+)\s+of\s+(?:[\p{L}]+\s+){0,2}$/u.exec(sentence.slice(Math.max(0, before - 60), before));
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/).filter((w) => !STOP.has(w.toLowerCase()));
  if (words.length === 0) return undefined;
  const phrase = words.join(' ');
  return /^(period|total|number|list|lot|series|range|sum|couple|maximum|minimum|average|rate|share|figure|value)$/i.test(phrase) ? undefined : phrase;
}

const LEAD_ADVERBIALS =
  /^(?:(?:as of|as at|in|on|at|by|since|during|until|after|before|from|earlier|later|thus|so|meanwhile|however|today|now|then|also|still|yet|overall|in total|in all|last|this|early|late)\b[^,]*,\s*)+/i;
const SUBJECT = /^((?:the\s+|a\s+)?(?:[\p{Lu}][\p{L}.&'’-]*|[\p{Lu}]{2,})(?:\s+(?:[\p{Lu}][\p{L}.&'’-]*|of|de|and|&))*)(?:['’]s?)?\s+(?:\p{Ll}+\s+){0,2}/u;

/**
 * Whose number it is: the proper noun that opens the clause holding the number ("As of January 2017, Telegram had
 * 6 million…" → Telegram), or the noun a "which"/"who" clause hangs on ("WhatsApp, which has over 100 million…").
 * Undefined when the clause does not open with a name; the caller may then carry one over from the sentence.
 */
export function subjectBefore(sentence: string, numberStart: number): string | undefined {
  const before = sentence.slice(0, numberStart);
  const relative = /([\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*)*)\s*,?\s+(?:which|who|that)\s+(?:\p{Ll}+\s+){0,3}$/u.exec(before);
  if (relative) return relative[1];
  const possessive = /([\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*)*)['’]s\s+(?:\p{Ll}+\s+){0,2}$/u.exec(before);
  if (possessive) return possessive[1];
  const clauses = before.split(/[;:]|,\s+(?=(?:and|but|while|whereas|up|down|compared)\b)/);
  let clause = (clauses.at(-1) ?? '').trimStart();
  clause = clause.replace(LEAD_ADVERBIALS, '');
  if (!/^[\p{Lu}]/u.test(clause) || clause.length === 0) return undefined;
  const m = SUBJECT.exec(clause);
  if (!m) return undefined;
  const name = m[1]!.replace(/^(?:the|a)\s+/i, '');
  if (/^(?:The|A|An|It|This|That|There|These|Those|He|She|They|We|According|Under|In|On|At|As)$/.test(name)) return undefined;
  return name;
}
