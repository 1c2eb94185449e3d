import type { TextQuoteSelector } from '../../../shared/model';

/**
 * The context the core keeps either side of a passage (main/core/highlights/anchor.ts): a shorter one reaches
 * the start or the end of the article, a full one was cut, most likely inside a word.
 */
const CONTEXT_CHARS = 32;

/** The text before the passage, without a word cut in half at its start. */
function before(prefix: string): string {
  const flat = prefix.replace(/\s+/g, ' ');
  if (prefix.length < CONTEXT_CHARS) return flat.trimStart();
  const space = flat.indexOf(' ');
  return space === -1 ? '…' : `…${flat.slice(space)}`;
}

/** The text after the passage, without a word cut in half at its end. */
function after(suffix: string): string {
  const flat = suffix.replace(/\s+/g, ' ');
  if (suffix.length < CONTEXT_CHARS) return flat.trimEnd();
  const space = flat.lastIndexOf(' ');
  return space === -1 ? '…' : `${flat.slice(0, space)} …`;
}

/** A highlighted passage with the words around it, as it stood: the passage itself marked, the context muted. */
export function QuoteInContext({ quote }: { quote: TextQuoteSelector }) {
  return (
    <blockquote className="quote-context">
      <span className="context">{before(quote.prefix)}</span>
      <mark className="context-exact">{quote.exact}</mark>
      <span className="context">{after(quote.suffix)}</span>
    </blockquote>
  );
}
