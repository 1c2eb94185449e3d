// Merging two states of the same highlight, and a deletion against a state. Pure, and symmetric: merging A into B
// and B into A gives the same highlight, so two notebooks that exchange both ways end identical.
import type { MergeConflict } from '../../../../shared/exchange';
import type { Highlight, HighlightRevision } from '../../../../shared/model';
import type { Tombstone } from '../../storage/catalog';
import { canonical } from './canonical';

/** As many earlier states as an edit keeps (highlights.ts). */
export const HISTORY_LIMIT = 50;

export type HighlightStatus = 'new' | 'updated' | 'unchanged' | 'conflict';

export interface MergedHighlight {
  highlight: Highlight;
  status: HighlightStatus;
  conflict?: MergeConflict;
}

// Evidence (numbers, claim status, links) is part of what an edit changes, so it is part of a revision.
const revisionOf = ({ kind, tags, note, fields, evidence, updatedAt, updatedBy }: Highlight): HighlightRevision => ({
  kind,
  tags,
  note,
  fields,
  ...(evidence ? { evidence } : {}),
  updatedAt,
  updatedBy,
});
const stateKey = (h: Highlight): string => canonical({ ...h, history: undefined });

/** Which of two different states wins: the later edit; at the same instant, a fixed order so both sides agree. */
export function newer(a: Highlight, b: Highlight): Highlight {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return stateKey(a) >= stateKey(b) ? a : b;
}

/** Both histories and the extra revisions, without duplicates, oldest first, the last HISTORY_LIMIT kept. */
export function unionHistory(...lists: (HighlightRevision[] | undefined)[]): HighlightRevision[] {
  const byKey = new Map<string, HighlightRevision>();
  for (const list of lists) for (const r of list ?? []) byKey.set(canonical(r), r);
  return [...byKey]
    .sort(([ka, a], [kb, b]) => (a.updatedAt !== b.updatedAt ? (a.updatedAt < b.updatedAt ? -1 : 1) : ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, r]) => r)
    .slice(-HISTORY_LIMIT);
}

/**
 * Merges the incoming state of a highlight into the one here. Equal states merge their histories. Otherwise the
 * later edit wins and the other state is appended to the history (unless it is already there), so nothing is lost;
 * it is a conflict when neither state records the other in its history, i.e. both were edited independently.
 */
export function mergeHighlight(here: Highlight | undefined, incoming: Highlight): MergedHighlight {
  if (!here) return { highlight: incoming, status: 'new' };
  if (stateKey(here) === stateKey(incoming)) {
    const history = unionHistory(here.history, incoming.history);
    const merged = withHistory(here, history);
    return { highlight: merged, status: canonical(merged.history ?? []) === canonical(here.history ?? []) ? 'unchanged' : 'updated' };
  }
  const winner = newer(here, incoming);
  const loser = winner === here ? incoming : here;
  const sameContent = canonical(revisionOf(winner)) === canonical(revisionOf(loser));
  const recorded = (winner.history ?? []).some((r) => canonical(r) === canonical(revisionOf(loser)));
  const history = unionHistory(here.history, incoming.history, sameContent ? [] : [revisionOf(loser)]);
  const merged = withHistory(winner, history);
  const isConflict = !sameContent && !recorded && !(loser.history ?? []).some((r) => canonical(r) === canonical(revisionOf(winner)));
  if (isConflict) {
    return {
      highlight: merged,
      status: 'conflict',
      conflict: {
        type: 'edited',
        highlightId: here.id,
        articleId: merged.articleId,
        text: clip(merged.target.quote.exact),
        kept: winner === here ? 'here' : 'incoming',
        here: { updatedAt: here.updatedAt, updatedBy: here.updatedBy },
        incoming: { updatedAt: incoming.updatedAt, updatedBy: incoming.updatedBy },
      },
    };
  }
  return { highlight: merged, status: stateKey(merged) === stateKey(here) && canonical(merged.history ?? []) === canonical(here.history ?? []) ? 'unchanged' : 'updated' };
}

/** A deletion removes the state it saw (or an older one), never a later edit. */
export const deletionApplies = (state: Highlight, tombstone: Tombstone): boolean => state.updatedAt <= tombstone.revision;

/** Of two tombstones for one highlight, the one both sides keep: the later revision, then the later deletion. */
export function laterTombstone(a: Tombstone, b: Tombstone): Tombstone {
  if (a.revision !== b.revision) return a.revision > b.revision ? a : b;
  if (a.deletedAt !== b.deletedAt) return a.deletedAt > b.deletedAt ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

export function deletionConflict(state: Highlight, tombstone: Tombstone, kept: 'here' | 'incoming', stateIsHere: boolean): MergeConflict {
  const edited = { updatedAt: state.updatedAt, updatedBy: state.updatedBy };
  return {
    type: 'deleted',
    highlightId: state.id,
    articleId: state.articleId,
    text: clip(state.target.quote.exact),
    kept,
    here: stateIsHere ? edited : null,
    incoming: stateIsHere ? null : edited,
  };
}

function withHistory(h: Highlight, history: HighlightRevision[]): Highlight {
  const { history: _old, ...rest } = h;
  return history.length > 0 ? { ...rest, history } : rest;
}

const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
