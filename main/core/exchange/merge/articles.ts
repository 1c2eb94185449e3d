// Merging two records of the same article. Pure and symmetric (except `includeRemoved`, a view setting that stays
// as each notebook has it), so both notebooks end with the same record.
import type { ArticleMeta, ArticleVersion } from '../../../../shared/model';
import { canonical } from './canonical';

export interface MergedArticle {
  article: ArticleMeta;
  status: 'new' | 'updated' | 'unchanged';
  versionsAdded: number;
}

/** Every version either side has, once per content hash (the earliest import of it), ordered by import time. */
export function unionVersions(a: ArticleVersion[], b: ArticleVersion[]): ArticleVersion[] {
  const byHash = new Map<string, ArticleVersion>();
  for (const v of [...a, ...b]) {
    const seen = byHash.get(v.contentHash);
    if (!seen || earlier(v, seen)) byHash.set(v.contentHash, v);
  }
  return [...byHash.values()].sort((x, y) => (x.importedAt !== y.importedAt ? (x.importedAt < y.importedAt ? -1 : 1) : x.contentHash < y.contentHash ? -1 : 1));
}

const earlier = (v: ArticleVersion, w: ArticleVersion): boolean =>
  v.importedAt !== w.importedAt ? v.importedAt < w.importedAt : canonical(v) < canonical(w);

/**
 * The merged record: the union of the versions, the last being current; title, source, dates and the like from
 * the side whose current version that is (both: the one imported first); first-import details (importedAt,
 * fileName, format) from the side that imported it first.
 */
export function mergeArticle(here: ArticleMeta | undefined, incoming: ArticleMeta): MergedArticle {
  if (!here) return { article: incoming, status: 'new', versionsAdded: incoming.versions.length };
  const versions = unionVersions(here.versions, incoming.versions);
  const current = versions[versions.length - 1]!;
  const first = firstImported(here, incoming);
  const hasCurrent = [here, incoming].filter((a) => a.contentHash === current.contentHash);
  const describing = hasCurrent.length === 1 ? hasCurrent[0]! : first;
  const article: ArticleMeta = {
    id: here.id,
    title: describing.title,
    source: describing.source,
    author: describing.author,
    date: describing.date,
    dateText: describing.dateText,
    url: describing.url ?? (describing === here ? incoming.url : here.url),
    lang: describing.lang,
    dir: describing.dir,
    excerpt: describing.excerpt,
    format: first.format,
    fileName: first.fileName,
    importedAt: first.importedAt,
    contentHash: current.contentHash,
    sourceHash: current.sourceHash,
    bodyHash: current.bodyHash,
    words: current.words,
    includeRemoved: here.includeRemoved,
    warnings: describing.warnings,
    versions,
  };
  const known = new Set(here.versions.map((v) => v.contentHash));
  return {
    article,
    status: canonical(article) === canonical(here) ? 'unchanged' : 'updated',
    versionsAdded: versions.filter((v) => !known.has(v.contentHash)).length,
  };
}

function firstImported(a: ArticleMeta, b: ArticleMeta): ArticleMeta {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? a : b;
  return canonical({ ...a, includeRemoved: false }) <= canonical({ ...b, includeRemoved: false }) ? a : b;
}
