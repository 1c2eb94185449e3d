import lunr from 'lunr';
import { languageFunctions } from './languages';
import type { Language } from './languages';

/**
 * lunr's own trimmer strips with ASCII \W, which eats Cyrillic and accented letters and leaves "Russia’s" with its
 * curly apostrophe. This one trims anything that is not a letter or digit, drops a possessive 's, and drops
 * tokens that were only punctuation ("—", "…").
 */
export function unicodeTrimmer(token: lunr.Token): lunr.Token | null {
  const trimmed = token.update((s) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’](?:s)?$/u, ''));
  return trimmed.toString() === '' ? null : trimmed;
}
lunr.Pipeline.registerFunction(unicodeTrimmer, 'sourcebookTrimmer');

/** Trimmer, stop words and stemmer of the language (only the trimmer when the language is unknown). */
export function indexPipeline(language: Language): lunr.PipelineFunction[] {
  const fns = languageFunctions(language);
  return fns ? [unicodeTrimmer, fns.stopWordFilter, fns.stemmer] : [unicodeTrimmer];
}

/** What query terms go through: like indexing, without the stop-word filter (as lunr does). */
export function searchPipeline(language: Language): lunr.PipelineFunction[] {
  const fns = languageFunctions(language);
  return fns ? [unicodeTrimmer, fns.stemmer] : [unicodeTrimmer];
}

/** Runs pipeline functions over one token with lunr's semantics (null/undefined drops it; arrays expand it). */
export function runPipeline(fns: lunr.PipelineFunction[], token: string): string[] {
  let tokens: lunr.Token[] = [new lunr.Token(token, {})];
  for (const fn of fns) {
    const next: lunr.Token[] = [];
    tokens.forEach((t, i) => {
      const result = fn(t, i, tokens) as lunr.Token | lunr.Token[] | null | undefined | '';
      if (result === null || result === undefined || result === '') return;
      if (Array.isArray(result)) next.push(...result);
      else next.push(result);
    });
    tokens = next;
  }
  return tokens.map(String);
}

/** lunr's tokenizer for strings: lower-case, split on white space and hyphens. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[\s-]+/).filter((t) => t !== '');
}

/**
 * Text → index terms for one language, with a cache: words repeat (Zipf), so each distinct word is trimmed,
 * filtered and stemmed once.
 */
export class Analyzer {
  private readonly cache = new Map<string, string[]>();
  private readonly fns: lunr.PipelineFunction[];

  constructor(readonly language: Language) {
    this.fns = indexPipeline(language);
  }

  /** The terms of a text in order, with repeats: their count is lunr's field length. */
  terms(text: string): string[] {
    const out: string[] = [];
    for (const token of tokenize(text)) {
      let terms = this.cache.get(token);
      if (terms === undefined) {
        terms = runPipeline(this.fns, token);
        if (this.cache.size > 500_000) this.cache.clear();
        this.cache.set(token, terms);
      }
      for (const term of terms) out.push(term);
    }
    return out;
  }
}

const analyzers = new Map<Language, Analyzer>();
export function analyzerFor(language: Language): Analyzer {
  let analyzer = analyzers.get(language);
  if (!analyzer) analyzers.set(language, (analyzer = new Analyzer(language)));
  return analyzer;
}

const termCaches = new Map<Language, Map<string, string | null>>();

/** The index term of one word in a language (for finding matched words in stored text). Cached per language:
 * snippets look up many words for every hit. */
export function termOf(word: string, language: Language = 'en'): string | null {
  let cache = termCaches.get(language);
  if (!cache) termCaches.set(language, (cache = new Map()));
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const fns = languageFunctions(language);
  const term = runPipeline(fns ? [unicodeTrimmer, fns.stemmer] : [unicodeTrimmer], word.toLowerCase())[0] ?? null;
  if (cache.size > 200_000) cache.clear();
  cache.set(word, term);
  return term;
}

/** Configures a real lunr builder exactly like our segments (used to check that rankings agree with lunr). */
export function configurePipelines(builder: lunr.Builder, language: Language = 'en'): void {
  builder.pipeline.reset();
  builder.pipeline.add(...indexPipeline(language));
  builder.searchPipeline.reset();
  builder.searchPipeline.add(...searchPipeline(language));
}

export { lunr };
