import lunr from 'lunr';

/**
 * lunr's own trimmer strips with ASCII \W, which eats Cyrillic and accented letters and leaves "Russia’s" with its
 * curly apostrophe. This one trims anything that is not a letter or digit, and drops a possessive 's.
 */
export function unicodeTrimmer(token: lunr.Token): lunr.Token {
  return token.update((s) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’](?:s)?$/u, ''));
}
lunr.Pipeline.registerFunction(unicodeTrimmer, 'sourcebookTrimmer');

/** Applies the indexing pipeline to one token, so stored text can be matched against the terms a query hit. */
export function termOf(word: string): string | null {
  let token: lunr.Token | undefined = unicodeTrimmer(new lunr.Token(word.toLowerCase(), {}));
  if (token.toString() === '') return null;
  token = lunr.stemmer(token) as lunr.Token;
  return token.toString();
}

/** Configures a builder: our trimmer for indexing and querying, English stop words and stemming. */
export function configurePipelines(builder: lunr.Builder): void {
  builder.pipeline.reset();
  builder.pipeline.add(unicodeTrimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(unicodeTrimmer, lunr.stemmer);
}

export { lunr };
