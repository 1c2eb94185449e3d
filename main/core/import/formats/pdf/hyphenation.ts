// Joining a line that ends in a hyphen to the next. Typesetters break long words at syllables ("infor-mation"),
// but a line can also end after the hyphen of a real compound ("well-known"). Nothing in the PDF tells the two
// apart, so this decides as a reader would: by what the document itself spells elsewhere, then by the shape of
// the two halves.

/** Words that, before a hyphen, usually make a compound rather than a broken word ("well-known", "self-evident"). */
const COMPOUND_FIRST = new Set([
  'well', 'self', 'ill', 'all', 'half', 'full', 'long', 'short', 'high', 'low', 'far', 'so', 'ever', 'never', 'first',
  'second', 'third', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'state', 'world',
  'real', 'peer', 'fact', 'year', 'day', 'time', 'best', 'worst', 'much', 'little', 'ex', 'vice', 'cross', 'end',
  'user', 'open', 'data', 'evidence', 'decision', 'policy', 'large', 'small', 'middle', 'old', 'non',
]);

/** Endings that a syllable break leaves on the next line ("high-er", "open-ing"): the word was broken, not compound. */
const SUFFIX = /^(?:s|es|ed|er|ers|est|ing|ings|ly|ness|ment|ments|tion|tions|sion|sions|ity|ities|ies|able|ible|ful|less|ous|ive|al|ally|ance|ence|ism|ist|ists|ize|ized|ise|ised|ation|ations)$/;

export interface Vocabulary {
  /** Words as they appear in the document, lower-cased. */
  words: Set<string>;
  /** Hyphenated compounds that appear whole on one line, lower-cased. */
  compounds: Set<string>;
}

export function vocabularyOf(texts: string[]): Vocabulary {
  const words = new Set<string>();
  const compounds = new Set<string>();
  for (const text of texts) {
    // A word that ends a line with a hyphen is not evidence of anything.
    for (const token of text.toLowerCase().replace(/[\p{L}-]+-$/u, '').match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
      if (token.includes('-')) compounds.add(token);
      else words.add(token);
    }
  }
  return { words, compounds };
}

/**
 * Joins `line` (which ends with a hyphen) and `next`. The hyphen goes when the halves make one word:
 * - a soft hyphen always goes; a capital or digit after the break keeps it ("COVID-19", "Anglo-Saxon");
 * - a compound already split by hyphens keeps it ("state-of-the-art");
 * - then the document decides: the joined word appears elsewhere → it goes; the hyphenated form does → it stays;
 * - then the halves: a suffix after the break ("high-er") → it goes; a compound-forming word before it
 *   ("well-", "self-") → it stays; otherwise it goes (syllable breaks are by far the commoner in set text).
 */
export function joinHyphenated(line: string, next: string, vocabulary: Vocabulary): string {
  if (line.endsWith('\u00ad')) return line.slice(0, -1) + next;
  const left = /([\p{L}-]*\p{L})[-\u2010]$/u.exec(line)?.[1] ?? '';
  const right = /^\p{L}+/u.exec(next)?.[0] ?? '';
  const keep = line + next;
  const drop = line.slice(0, -1) + next;
  if (!left || !right || !/^\p{Ll}/u.test(right)) return keep;
  if (left.includes('-')) return keep;
  const head = left.toLowerCase();
  const tail = right.toLowerCase();
  if (vocabulary.words.has(head + tail)) return drop;
  if (vocabulary.compounds.has(`${head}-${tail}`)) return keep;
  if (SUFFIX.test(tail)) return drop;
  if (COMPOUND_FIRST.has(head)) return keep;
  return drop;
}
