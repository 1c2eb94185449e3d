import type { TextChange } from '../../shared/model';

/** Unchanged text, or one place where text was removed and/or added. */
type Cluster = { same: string } | { removed: string; added: string };

const isEdit = (c: Cluster | undefined): c is { removed: string; added: string } => c !== undefined && !('same' in c);

/**
 * A word diff alternates removed and added words when a whole phrase was rewritten ("~~The chair~~ No ~~said~~
 * reason… for the…"), which nobody can read. Short unchanged stretches between two changes are folded into them
 * (the rule of diff-match-patch's semantic cleanup: no longer than the changes either side), so a rewritten
 * phrase reads as one removal followed by one addition. A paragraph break is never folded. Each side stays exactly
 * its version's text: a folded stretch belongs to both.
 */
export function groupChanges(changes: TextChange[]): TextChange[] {
  const clusters: Cluster[] = [];
  for (const { type, text } of changes) {
    if (text === '') continue;
    const last = clusters.at(-1);
    if (type === 'same') {
      if (last && !isEdit(last)) last.same += text;
      else clusters.push({ same: text });
    } else {
      const edit = isEdit(last) ? last : (clusters[clusters.push({ removed: '', added: '' }) - 1] as { removed: string; added: string });
      if (type === 'removed') edit.removed += text;
      else edit.added += text;
    }
  }
  const size = (c: { removed: string; added: string }) => Math.max(c.removed.length, c.added.length);
  for (let i = 1; i + 1 < clusters.length; ) {
    const [before, between, after] = [clusters[i - 1], clusters[i]!, clusters[i + 1]];
    const gap = 'same' in between ? between.same : '';
    if (isEdit(before) && isEdit(after) && !gap.includes('\n') && gap.length <= size(before) && gap.length <= size(after)) {
      clusters.splice(i - 1, 3, { removed: before.removed + gap + after.removed, added: before.added + gap + after.added });
      i = Math.max(1, i - 1); // the joined change may now swallow the stretch before it
    } else i++;
  }
  return clusters.flatMap<TextChange>((c) =>
    isEdit(c)
      ? [...(c.removed ? [{ type: 'removed' as const, text: c.removed }] : []), ...(c.added ? [{ type: 'added' as const, text: c.added }] : [])]
      : [{ type: 'same', text: c.same }],
  );
}

/** What a run of the diff becomes on screen: a change, unchanged text, or unchanged text folded away. */
export type DiffPiece = TextChange | { type: 'folded'; text: string; words: number };

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Folds long unchanged runs, keeping `context` words on each side of every change, so that the changes of a
 * long article fit on a screen. The first run keeps only its end, the last only its start.
 */
export function foldUnchanged(changes: TextChange[], context = 12): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  changes.forEach((change, i) => {
    if (change.type !== 'same') return void pieces.push(change);
    const words = [...change.text.matchAll(/\S+/g)];
    const keepBefore = i === 0 ? 0 : context;
    const keepAfter = i === changes.length - 1 ? 0 : context;
    // Folding a few words away would save nothing and cost a click.
    if (words.length <= keepBefore + keepAfter + 6) return void pieces.push(change);
    const lastKept = words[keepBefore - 1];
    const firstKept = words[words.length - keepAfter];
    const headEnd = lastKept ? lastKept.index + lastKept[0].length : 0;
    const tailStart = firstKept ? firstKept.index : change.text.length;
    const middle = change.text.slice(headEnd, tailStart);
    if (headEnd > 0) pieces.push({ type: 'same', text: change.text.slice(0, headEnd) });
    pieces.push({ type: 'folded', text: middle, words: countWords(middle) });
    if (tailStart < change.text.length) pieces.push({ type: 'same', text: change.text.slice(tailStart) });
  });
  return pieces;
}

export interface ChangeSummary {
  /** Places where the text changed (a replacement counts once). */
  changes: number;
  wordsAdded: number;
  wordsRemoved: number;
}

export function summarise(changes: TextChange[]): ChangeSummary {
  let places = 0;
  let previous: TextChange['type'] = 'same';
  const summary = { wordsAdded: 0, wordsRemoved: 0 };
  for (const change of changes) {
    if (change.type !== 'same' && previous === 'same') places++;
    if (change.type === 'added') summary.wordsAdded += countWords(change.text);
    if (change.type === 'removed') summary.wordsRemoved += countWords(change.text);
    previous = change.type;
  }
  return { changes: places, ...summary };
}
