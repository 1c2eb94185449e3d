import type { ArticleMeta, Highlight } from '../../../shared/model';
import { articleDocument, highlightDocument } from './documents';
import type { IndexDocument } from './engine/build-segment';
import { detectLanguage, normaliseLanguage } from './languages';
import type { Language } from './languages';

/** The language an article is indexed in: from its metadata, else detected from its text. */
export function languageOf(meta: ArticleMeta, body: string): Language {
  return normaliseLanguage(meta.lang) ?? detectLanguage(body);
}

/** A cheap 53-bit hash (cyrb53): version stamps only need to change when the indexed content changes. */
export function stamp(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Changes whenever anything the article's index document holds changes (its text by content hash). */
export function articleVersion(meta: ArticleMeta): string {
  return stamp([meta.contentHash, meta.includeRemoved, meta.title, meta.source, meta.date, meta.author, meta.lang].join('\u0001'));
}

export function highlightVersion(h: Highlight, language: Language): string {
  return stamp(JSON.stringify([h.updatedAt, h.kind, h.tags, h.note, h.fields, h.evidence?.asOfText, h.evidence?.series, h.target.quote.exact, h.author, language]));
}

export function articleIndexDocument(meta: ArticleMeta, body: string, language: Language): IndexDocument {
  const { ref, ...fields } = articleDocument(meta, body);
  return { ref, version: articleVersion(meta), language, fields };
}

export function highlightIndexDocument(h: Highlight, language: Language): IndexDocument {
  const { ref, ...fields } = highlightDocument(h);
  return { ref, version: highlightVersion(h, language), language, fields };
}
