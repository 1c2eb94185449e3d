import { ApiError } from '../../../shared/errors';
import type { Article, ArticleSummary, Highlight, KindCounts, VersionDiff } from '../../../shared/model';
import type { Change } from '../storage/catalog';
import type { Notebook } from '../notebook';
import { composeBody, remapRange, removedParts } from './body';
import { anchorsIn, targetAt } from '../highlights/anchor';
import { diffTexts } from './offset-map';

export function countKinds(highlights: Highlight[]): KindCounts {
  const counts: KindCounts = { claim: 0, figure: 0, quote: 0 };
  for (const h of highlights) counts[h.kind]++;
  return counts;
}

/** Every article with its highlight counts, newest import first. */
export function listArticles(nb: Notebook): ArticleSummary[] {
  return [...nb.catalog.allArticles()]
    .map((a) => {
      const highlights = nb.catalog.highlightsOf(a.id);
      return {
        id: a.id,
        title: a.title,
        source: a.source,
        author: a.author,
        date: a.date,
        words: a.words,
        importedAt: a.importedAt,
        highlights: highlights.length,
        counts: countKinds(highlights),
        tags: [...new Set(highlights.flatMap((h) => h.tags))].sort(),
      };
    })
    .sort((a, b) => (a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : a.title.localeCompare(b.title)));
}

export async function getArticle(nb: Notebook, id: string): Promise<Article> {
  const { meta, blocks, body } = await nb.articleText(id);
  const highlights = nb.catalog.highlightsOf(meta.id).sort((a, b) => a.target.position.start - b.target.position.start);
  const bodyBlocks = body.spans.map((span) => ({ ...blocks[span.block]!, start: span.start }));
  return { ...meta, body: body.text, blocks: bodyBlocks, removed: removedParts(blocks, meta.includeRemoved), highlights };
}

export async function deleteArticle(nb: Notebook, id: string): Promise<{ id: string; highlights: number }> {
  const meta = nb.articleMeta(id);
  const highlights = nb.catalog.highlightsOf(meta.id).length;
  await nb.catalog.commit([{ type: 'deleteArticle', id: meta.id }]);
  nb.changed({ articles: true, highlights: highlights > 0 });
  return { id: meta.id, highlights };
}

/**
 * Puts the removed parts back into the body (or takes them out again). Highlights move with their text; taking
 * parts out is refused while highlights sit in them.
 */
export async function setIncludeRemoved(nb: Notebook, id: string, include: boolean): Promise<Article> {
  const { meta, blocks, body } = await nb.articleText(id);
  if (meta.includeRemoved === include) return getArticle(nb, meta.id);
  const next = composeBody(blocks, include);
  const changes: Change[] = [{ type: 'putArticle', article: { ...meta, includeRemoved: include } }];
  const stranded: string[] = [];
  for (const h of nb.catalog.highlightsOf(meta.id)) {
    if (!anchorsIn(body.text, h.target)) continue; // an orphan from an earlier version: nothing to move
    const range = remapRange(body, next, h.target.position.start, h.target.position.end);
    if (!range) {
      stranded.push(`"${h.target.quote.exact.slice(0, 40)}"`);
      continue;
    }
    changes.push({ type: 'putHighlight', highlight: { ...h, target: targetAt(next.text, range.start, range.end) } });
  }
  if (stranded.length > 0) {
    throw new ApiError('CONFLICT', `${stranded.length} highlight(s) lie in the parts to remove (${stranded.join(', ')}); delete them first`);
  }
  await nb.catalog.commit(changes);
  nb.changed({ articles: true, highlights: changes.length > 1 });
  return getArticle(nb, meta.id);
}

/** Word-level changes between two versions (default: the one before the current, and the current). */
export async function diffVersions(nb: Notebook, id: string, from?: number, to?: number): Promise<VersionDiff> {
  const meta = nb.articleMeta(id);
  const last = meta.versions.length - 1;
  const toIndex = to ?? last;
  const fromIndex = from ?? Math.max(0, toIndex - 1);
  for (const index of [fromIndex, toIndex]) {
    if (index > last) throw new ApiError('NOT_FOUND', `the article has ${meta.versions.length} version(s); there is no version ${index}`);
  }
  const text = async (index: number) => composeBody(await nb.content.blocks(meta.versions[index]!.contentHash), meta.includeRemoved).text;
  return { from: fromIndex, to: toIndex, changes: diffTexts(await text(fromIndex), await text(toIndex)) };
}
