// Comparing what figures measure and what quotations say, across articles that word things differently.

const STOPWORDS = new Set('a an the of in on at to for by with from and or its their his her these those such all other some this that which who total number'.split(' '));
/** "Russian users" and "users in Russia" measure the same thing. */
const DEMONYMS: Record<string, string> = {
  russian: 'russia',
  russians: 'russia',
  american: 'us',
  americans: 'us',
  british: 'uk',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  iranian: 'iran',
  iranians: 'iran',
  chinese: 'china',
  german: 'germany',
  germans: 'germany',
  french: 'france',
  indian: 'india',
  european: 'europe',
  european_union: 'eu',
  japanese: 'japan',
  turkish: 'turkey',
  polish: 'poland',
  spanish: 'spain',
  italian: 'italy',
  canadian: 'canada',
  australian: 'australia',
  brazilian: 'brazil',
  mexican: 'mexico',
  israeli: 'israel',
};

/** A crude English stem: enough to make "users"/"user" and "entities"/"entity" equal. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The content words of what a figure measures, normalised: "active Russian users" → active, russia, user. */
export function measureTokens(measures: string): string[] {
  const words = measures.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  return [...new Set(words.filter((w) => !STOPWORDS.has(w)).map((w) => DEMONYMS[w] ?? stem(w)))].sort();
}

/** Units compared loosely: "year"/"years", "User"/"users". Currency codes stay as they are. */
export const normaliseUnit = (unit: string): string => (/^[A-Z]{3}$/.test(unit) ? unit : stem(unit.trim().toLowerCase()));

/** Sørensen–Dice overlap of two token sets: 1 when equal, 0 when disjoint. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const set = new Set(a);
  const shared = b.filter((t) => set.has(t)).length;
  return (2 * shared) / (a.length + b.length);
}

/** A subject compared without case, possessives or a leading article ("Telegram’s" = "telegram"). */
export const normaliseSubject = (subject: string): string =>
  subject.toLowerCase().replace(/['’]s?$/, '').replace(/^the\s+/, '').trim();

/** The words of a quotation, for comparing wordings: lower case, no quotation marks, brackets or punctuation. */
export function quoteWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[[\]]/g, '')
    .match(/[\p{L}\d]+(?:['’][\p{L}]+)?/gu)
    ?.map((w) => w.replace('’', "'")) ?? [];
}
