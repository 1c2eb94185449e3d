import { diffWordsWithSpace } from 'diff';
import type { TextChange } from '../../../shared/model';

/** The word-level differences between two versions of a text. */
export function diffTexts(before: string, after: string): TextChange[] {
  return diffWordsWithSpace(before, after).map((c) => ({ type: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/**
 * Maps offsets in the old text to where the same place is in the new text, following the diff: inside unchanged
 * runs exactly, inside removed runs to the point where the removal happened.
 */
export function offsetMapper(changes: TextChange[]): (offset: number) => number {
  const runs: { oldStart: number; oldEnd: number; newStart: number; same: boolean }[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const change of changes) {
    const length = change.text.length;
    if (change.type === 'added') {
      newAt += length;
      continue;
    }
    runs.push({ oldStart: oldAt, oldEnd: oldAt + length, newStart: newAt, same: change.type === 'same' });
    oldAt += length;
    if (change.type === 'same') newAt += length;
  }
  return (offset) => {
    const run = runs.find((r) => offset >= r.oldStart && offset < r.oldEnd) ?? runs[runs.length - 1];
    if (!run) return 0;
    return run.same ? run.newStart + Math.min(offset - run.oldStart, run.oldEnd - run.oldStart) : run.newStart;
  };
}
