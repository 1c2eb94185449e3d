// Re-expressing a highlight's offsets when the merge changes which text they refer to: another version became
// current (carried by quote and context, as a re-import does), or the other notebook composes the body with or
// without the removed parts (moved exactly, block by block).
import type { ArticleVersion, Block, Highlight } from '../../../../shared/model';
import { composeBody, remapRange } from '../../articles/body';
import { diffTexts, offsetMapper } from '../../articles/offset-map';
import { anchorsIn, targetAt } from '../../highlights/anchor';
import { reanchor } from '../../highlights/reanchor';

/** The text a side's highlights are anchored in. */
export interface Anchoring {
  contentHash: string;
  includeRemoved: boolean;
  versions: ArticleVersion[];
}

export interface Retargeted {
  highlight: Highlight;
  /** True when it had to be carried to another version (it may now await review). */
  carried: boolean;
}

/**
 * Moves `highlights`, anchored as `from` says, to the text `to` describes. Highlights already right are returned
 * as they are (apart from `carried.version`, renumbered into the merged version list).
 */
export function retarget(highlights: Highlight[], from: Anchoring, to: Anchoring, blocksOf: (contentHash: string) => Block[]): Retargeted[] {
  const renumber = (h: Highlight): Highlight => {
    if (!h.carried) return h;
    const hash = from.versions[h.carried.version]?.contentHash;
    const index = to.versions.findIndex((v) => v.contentHash === hash);
    return index === -1 || index === h.carried.version ? h : { ...h, carried: { ...h.carried, version: index } };
  };
  if (from.contentHash === to.contentHash && from.includeRemoved === to.includeRemoved) {
    return highlights.map((h) => ({ highlight: renumber(h), carried: false }));
  }
  const before = composeBody(blocksOf(from.contentHash), from.includeRemoved);
  const after = composeBody(blocksOf(to.contentHash), to.includeRemoved);
  const version = to.versions.findIndex((v) => v.contentHash === to.contentHash);
  let mapOffset: ((offset: number) => number) | undefined;

  return highlights.map((h) => {
    const anchored = anchorsIn(before.text, h.target);
    if (from.contentHash === to.contentHash && anchored) {
      // Same text, composed differently: the blocks are the same, so the passage moves exactly.
      const range = remapRange(before, after, h.target.position.start, h.target.position.end);
      if (range) return { highlight: renumber({ ...h, target: targetAt(after.text, range.start, range.end) }), carried: false };
    }
    mapOffset ??= offsetMapper(diffTexts(before.text, after.text));
    const result = reanchor(after.text, h.target, mapOffset(h.target.position.start));
    const carried: Highlight = {
      ...h,
      target: result.target ?? h.target,
      carried: {
        confidence: result.confidence,
        score: result.score,
        version,
        previous: h.target,
        reviewed: result.confidence === 'exact' || result.confidence === 'moved',
      },
    };
    return { highlight: carried, carried: true };
  });
}
