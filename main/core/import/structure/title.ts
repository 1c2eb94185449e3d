const MAX_TITLE = 120;
// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION = /\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Gov|Sen|Rep|Inc|Ltd|Co|Corp|No|vs|etc|U\.S|U\.K|e\.g|i\.e)\.$/;

/** The first sentence of a text, for documents without a headline. */
export function firstSentence(text: string): string {
  const re = /[.!?…]["”’»)]*(?=\s+["“‘«(]?[\p{Lu}\d])/gu;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    const candidate = text.slice(0, match.index + match[0].length);
    if (!ABBREVIATION.test(candidate.slice(0, match.index + 1))) return candidate.trim();
  }
  return text.trim();
}

/** A title derived from the first sentence: cut at a word boundary when long, without its final full stop. */
export function titleFromText(text: string): string {
  const sentence = firstSentence(text).replace(/\s+/g, ' ').replace(/[.:;,]$/, '');
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 40 ? cut.slice(0, boundary) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
