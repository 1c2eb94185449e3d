import type { AnchorConfidence, ArticleMeta, Block, Highlight } from '../../../shared/model';
import { ANCHOR_CONFIDENCES } from '../../../shared/model';
import { reanchor } from '../highlights/reanchor';
import type { ParsedDocument } from '../import/registry';
import type { Notebook } from '../notebook';
import type { Change } from '../storage/catalog';
import { titleKey } from '../storage/catalog';
import { composeBody } from './body';
import { diffTexts, offsetMapper } from './offset-map';

const normalise = (text: string | null): string => titleKey(text ?? '');

/**
 * The article a newly imported document is a new version of: same URL, or same title and (same source, or
 * same file name). Different text is implied: identical text was already reported as a duplicate.
 */
export function previousVersionOf(nb: Notebook, parsed: ParsedDocument, fileName: string): ArticleMeta | undefined {
  if (parsed.url) {
    const [sameUrl] = nb.catalog.articlesWithUrl(parsed.url);
    if (sameUrl) return sameUrl;
  }
  if (normalise(parsed.title).length < 8) return undefined;
  return nb.catalog
    .articlesTitled(parsed.title)
    .find((meta) => (parsed.source && normalise(meta.source) === normalise(parsed.source)) || meta.fileName === fileName);
}

export interface NewVersion {
  meta: ArticleMeta;
  blocks: Block[];
  sourceHash: string;
  bodyHash: string;
  contentHash: string;
  fileName: string;
  importedAt: string;
  words: number;
}

/**
 * Makes `next` the current version of `meta`'s article and carries every highlight over by its quote and
 * context. Returns the catalogue changes (one commit) and how the highlights fared.
 */
export async function carryToNewVersion(nb: Notebook, next: NewVersion, parsed: ParsedDocument) {
  const { meta } = next;
  const before = composeBody(await nb.content.blocks(meta.contentHash), meta.includeRemoved).text;
  const after = composeBody(next.blocks, meta.includeRemoved).text;
  const mapOffset = offsetMapper(diffTexts(before, after));
  const version = meta.versions.length;
  const counts = Object.fromEntries(ANCHOR_CONFIDENCES.map((c) => [c, 0])) as Record<AnchorConfidence, number>;
  const changes: Change[] = [];

  for (const h of nb.catalog.highlightsOf(meta.id)) {
    const carried = carryHighlight(h, after, mapOffset, version);
    counts[carried.carried!.confidence]++;
    changes.push({ type: 'putHighlight', highlight: carried });
  }

  const updated: ArticleMeta = {
    ...meta,
    title: parsed.title || meta.title,
    source: parsed.source ?? meta.source,
    author: parsed.author ?? meta.author,
    date: parsed.date ?? meta.date,
    dateText: parsed.dateText ?? meta.dateText,
    lang: parsed.lang ?? meta.lang,
    contentHash: next.contentHash,
    sourceHash: next.sourceHash,
    bodyHash: next.bodyHash,
    words: next.words,
    warnings: parsed.warnings,
    versions: [
      ...meta.versions,
      { contentHash: next.contentHash, sourceHash: next.sourceHash, bodyHash: next.bodyHash, importedAt: next.importedAt, fileName: next.fileName, words: next.words },
    ],
  };
  changes.unshift({ type: 'putArticle', article: updated });
  return { changes, counts, article: updated };
}

function carryHighlight(h: Highlight, after: string, mapOffset: (offset: number) => number, version: number): Highlight {
  // An orphan keeps the target it had in an earlier version; it is tried again from there.
  const from = h.target;
  const result = reanchor(after, from, mapOffset(from.position.start));
  return {
    ...h,
    target: result.target ?? from,
    carried: {
      confidence: result.confidence,
      score: result.score,
      version,
      previous: from,
      reviewed: result.confidence === 'exact' || result.confidence === 'moved',
    },
  };
}
