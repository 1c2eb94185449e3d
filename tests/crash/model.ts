// The crash test's record of what was acknowledged: shared by the writing child and the verifying parent.

/** An article's state as the test sees it: how many versions it has, and the token its current text carries. */
export type ArticleValue = string;
/** A highlight's state: its article and its note (every note carries a unique token). */
export interface HighlightValue {
  articleId: string;
  note: string;
}

/** What a write sets when it takes effect: ids to their new value, null for deleted. */
export interface Effect {
  articles: Record<string, ArticleValue | null>;
  highlights: Record<string, HighlightValue | null>;
}

/**
 * One line of the child's log. `intent` is written before the API call, `ack` after it returned: every write
 * with an ack must survive the kill; the one write in flight (an intent without ack) may or may not have.
 * An import's intent has no ids yet (they come from the text): `token` recognises the article it makes.
 */
export type LogLine =
  | { type: 'intent'; seq: number; op: string; effect: Effect; token?: string }
  | { type: 'ack'; seq: number; op: string; effect: Effect };

export interface Model {
  articles: Map<string, ArticleValue>;
  highlights: Map<string, HighlightValue>;
}

export const emptyEffect = (): Effect => ({ articles: {}, highlights: {} });

export function applyEffect(model: Model, effect: Effect): void {
  for (const [id, value] of Object.entries(effect.articles)) {
    if (value === null) model.articles.delete(id);
    else model.articles.set(id, value);
  }
  for (const [id, value] of Object.entries(effect.highlights)) {
    if (value === null) model.highlights.delete(id);
    else model.highlights.set(id, value);
  }
}

/** The token in an article's current text that says which version it is (`zv…`), with the version count. */
export const articleValue = (versions: number, body: string): ArticleValue => `${versions}:${/\bzv[0-9a-z]+\b/.exec(body)?.[0] ?? 'none'}`;

/** A small deterministic generator (mulberry32), so that a failing run can be repeated from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'harbour council ferry budget report minister school water leak station river bridge library hours survey ' +
  'figure percent million residents officials said would could after before during since against between ' +
  'the a of to and in that for on with as by from at this was were has have had been will are is'
).split(' ');

/** English-like filler, so the notebook's language detection and stemming behave as with real articles. */
export function prose(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]!);
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return `${out.join(' ')}.`;
}

/** The text of an article: a title line carrying the article's token, paragraphs, one carrying the version token. */
export function articleText(random: () => number, articleToken: string, versionToken: string): string {
  const paragraphs = [1, 2, 3].map(() => prose(random, 25 + Math.floor(random() * 30)));
  paragraphs.splice(1, 0, `The ${versionToken} figure was ${Math.floor(random() * 1000)} percent, officials said.`);
  return `Harbour report ${articleToken}\n\n${paragraphs.join('\n\n')}\n`;
}
