import type { Prng, Zipf } from './prng';
import { FIRST_NAMES, ORGANISATIONS, OUTLETS, PLACES, SURNAMES } from './vocabulary';

/** One generated article: the file as a scraper would save it, and the parts a perfect extractor would find. */
export interface GeneratedArticle {
  fileName: string;
  /** The whole file: site boilerplate, date line, byline, headline, body, trailing appeal. */
  text: string;
  title: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  author: string;
  outlet: string;
  /** Body paragraphs and section headings, in order; joined by a blank line they are the article body. */
  body: string;
  /** Whole sentences of the body, for highlights (they must be exact substrings of the body). */
  sentences: string[];
}

/** What the generator draws words from; shared by every article so term statistics span the corpus. */
export interface WordSource {
  words: string[];
  functionWords: number;
  zipf: Zipf;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ROLES = ['a spokesperson for', 'the head of', 'an analyst at', 'a researcher at', 'a senior official at', 'the director of'];

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const titleCase = (words: string[]): string => words.map(capitalise).join(' ');

/** Site furniture before the article, in the forms real scrapes carry it (see ../shared/corpus/seeds). */
const HEAD_BOILERPLATE = [
  ['×', 'Enjoying ad-free content?', 'Support us'],
  ['Skip to content', 'Menu', 'Search'],
  ['Subscribe now', 'Sign in'],
  [],
];

function tailBoilerplate(outlet: string, year: string): string[] {
  return [
    `A message from ${outlet}:`,
    'Dear readers,',
    'We are facing unprecedented challenges. Independent reporting costs money, and our journalism depends on readers like you. Your support today keeps this newsroom open.',
    'Sign up for our weekly newsletter',
    'Share',
    `© ${year} ${outlet}. All rights reserved.`,
  ];
}

/**
 * Paragraph openings the core's boilerplate detector takes for the start of a site's tail ("More from …",
 * "Related articles", main/core/import/structure/boilerplate.ts), which it then drops with everything after it.
 * Random words make one now and then (first seen at article 24,478 of 50,000: a highlight's quote was no longer
 * in the article). Such a sentence gets "Also, " in front, which uses no random draw, so every other article
 * stays byte for byte what it was.
 */
const TAIL_MARKER = /^(?:more from|related (?:articles|stories|posts|coverage)|a message from|sign up for|subscribe to (?:our|the)|you may also like|filed under|topics?:|tags?:)(?:\b|\s)/i;
const avoidTailMarker = (sentence: string): string =>
  TAIL_MARKER.test(sentence) ? `Also, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence;

/**
 * Generates one article from the shared vocabulary. Background words follow the corpus-wide Zipf law; each article
 * also has a few topic words and named entities that it repeats, since real articles are bursty (a word that occurs
 * once in a text tends to occur again), which is what makes `+a +b` and title queries select a few documents.
 */
export function generateArticle(index: number, rng: Prng, source: WordSource, extraWord?: string): GeneratedArticle {
  const topic = Array.from({ length: 6 }, () => source.words[source.functionWords + rng.int(0, 3000)]!);
  const people = Array.from({ length: 3 }, () => `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`);
  const org = rng.pick(ORGANISATIONS);
  const place = rng.pick(PLACES);

  const entity = (): string => {
    const r = rng.next();
    if (r < 0.35) return rng.pick(people);
    if (r < 0.5) return rng.pick(people).split(' ')[1]!;
    if (r < 0.7) return org;
    if (r < 0.85) return place;
    return rng.pick(PLACES);
  };
  const number = (): string => {
    const r = rng.next();
    if (r < 0.25) return rng.int(2, 99).toString();
    if (r < 0.45) return rng.int(1000, 99999).toLocaleString('en-US');
    if (r < 0.6) return `$${rng.int(1, 900).toLocaleString('en-US')},000`;
    if (r < 0.8) return `${rng.int(1, 99)}.${rng.int(1, 9)} million`;
    if (r < 0.9) return `${rng.int(2, 95)}%`;
    return rng.int(1990, 2026).toString();
  };
  const word = (): string => {
    const r = rng.next();
    if (r < 0.07) return entity();
    if (r < 0.1) return number();
    if (r < 0.2) return rng.pick(topic);
    return source.words[source.zipf.next()]!;
  };
  const sentence = (): string => {
    const words = Array.from({ length: rng.int(12, 28) }, word);
    for (let i = 3; i < words.length - 2; i += rng.int(5, 12)) words[i] += ',';
    const plain = avoidTailMarker(`${capitalise(words.join(' '))}.`);
    if (!rng.chance(0.12)) return plain;
    const speaker = rng.pick(people);
    return `“${plain.slice(0, -1)},” said ${speaker}, ${rng.pick(ROLES)} ${org}.`;
  };

  const sentences: string[] = [];
  const blocks: string[] = [];
  const target = rng.int(600, 1000);
  let words = 0;
  while (words < target) {
    if (blocks.length > 2 && rng.chance(0.06)) blocks.push(titleCase(Array.from({ length: rng.int(3, 6) }, () => rng.pick(topic))));
    const paragraph = Array.from({ length: rng.int(2, 4) }, sentence);
    sentences.push(...paragraph);
    blocks.push(paragraph.join(' '));
    words += paragraph.join(' ').split(/\s+/).length;
  }
  if (extraWord) {
    // A word no other article has, so a search can tell when this article has become findable.
    const marker = `The ${extraWord} figures were published in ${place} on the same day, officials said.`;
    sentences.push(marker);
    blocks.push(`${marker} ${sentence()}`);
  }

  const when = new Date(Date.UTC(rng.int(2015, 2026), rng.int(0, 11), rng.int(1, 28)));
  const date = when.toISOString().slice(0, 10);
  const month = MONTH_NAMES[when.getUTCMonth()]!;
  const dateLine = rng.pick([
    `${WEEKDAY_NAMES[when.getUTCDay()]}, ${month} ${when.getUTCDate()}, ${when.getUTCFullYear()}`,
    `${when.getUTCDate()} ${month} ${when.getUTCFullYear()}`,
    `Published: ${month} ${when.getUTCDate()}, ${when.getUTCFullYear()}`,
    date,
  ]);
  const author = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
  const outlet = rng.pick(OUTLETS);
  const headlineWords = [rng.pick(topic), ...Array.from({ length: rng.int(4, 9) }, () => (rng.chance(0.5) ? rng.pick(topic) : word()))];
  const title = capitalise(headlineWords.join(' ').replace(/[,.]/g, ''));

  const file = [...rng.pick(HEAD_BOILERPLATE), dateLine, `By ${author}`, title, ...blocks, ...tailBoilerplate(outlet, String(when.getUTCFullYear()))];
  return {
    fileName: `${String(index).padStart(6, '0')}.txt`,
    text: `${file.join('\n\n')}\n`,
    title,
    date,
    author,
    outlet,
    body: blocks.join('\n\n'),
    sentences,
  };
}
