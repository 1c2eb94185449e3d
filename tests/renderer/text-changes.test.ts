import { describe, expect, it } from 'vitest';
import type { TextChange } from '../../shared/model';
import { foldUnchanged, groupChanges, summarise } from '../../renderer/components/text-changes';

const same = (text: string): TextChange => ({ type: 'same', text });
const removed = (text: string): TextChange => ({ type: 'removed', text });
const added = (text: string): TextChange => ({ type: 'added', text });

/** The old and the new text a list of changes describes: grouping must never alter either. */
const sides = (changes: TextChange[]) => ({
  before: changes.filter((c) => c.type !== 'added').map((c) => c.text).join(''),
  after: changes.filter((c) => c.type !== 'removed').map((c) => c.text).join(''),
});

describe('grouping a word diff for reading', () => {
  // What the core's diffWordsWithSpace gives for "The chair said the money would pay for dredging." → "No reason was given."
  const rewritten = [removed('The'), added('No'), same(' '), removed('chair'), added('reason'), same(' '), removed('said'), added('was'), same(' '), removed('the money would pay for dredging'), added('given'), same('.')];

  it('joins a phrase rewritten word by word into one removal and one addition', () => {
    expect(groupChanges(rewritten)).toEqual([removed('The chair said the money would pay for dredging'), added('No reason was given'), same('.')]);
  });

  it.each<[string, TextChange[]]>([
    ['a rewritten phrase', rewritten],
    ['changes either side of a space', [same('a '), removed('will'), added('would'), same(' '), removed('x'), same(' rise')]],
    ['an addition then a removal', [added('x'), same(' '), removed('y'), same('.')]],
    ['a paragraph break between changes', [removed('one'), same('\n\n'), added('two')]],
    ['short matches inside a rewrite', [removed('abc def'), same(' x '), added('ghi'), same(' y '), removed('jkl mno')]],
  ])('keeps both versions’ text exactly (%s)', (_name, changes) => {
    expect(sides(groupChanges(changes))).toEqual(sides(changes));
  });

  it('folds short words that happen to match into the rewrite around them', () => {
    // "The chair said the money would pay for dredging the basin" → "No reason for the rise": "for" and "the" matched.
    const changes = [removed('The chair said the money would pay'), added('No reason'), same(' for '), removed('dredging '), same('the '), removed('basin'), added('rise'), same('.')];
    expect(groupChanges(changes)).toEqual([removed('The chair said the money would pay for dredging the basin'), added('No reason for the rise'), same('.')]);
  });

  it('keeps apart two small changes with more between them than they change', () => {
    const changes = [same('fees '), removed('will'), added('would'), same(' rise by '), removed('12'), added('15'), same(' per cent')];
    expect(groupChanges(changes)).toEqual(changes);
  });

  it('never joins changes across a paragraph break, nor across a stretch that stayed', () => {
    expect(groupChanges([removed('one'), same('\n\n'), added('two')])).toEqual([removed('one'), same('\n\n'), added('two')]);
    expect(groupChanges([removed('a'), same(' kept '), added('b')])).toEqual([removed('a'), same(' kept '), added('b')]);
  });

  it('counts a replacement as one change, and the words on each side', () => {
    expect(summarise(groupChanges(rewritten))).toEqual({ changes: 1, wordsAdded: 4, wordsRemoved: 9 });
    expect(summarise([same('a'), added('b c'), same('d'), removed('e')])).toEqual({ changes: 2, wordsAdded: 2, wordsRemoved: 1 });
  });
});

describe('folding unchanged text', () => {
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');

  it('keeps short unchanged runs whole', () => {
    const changes = [same('a b c '), added('d'), same(' e f')];
    expect(foldUnchanged(changes, 3)).toEqual(changes);
  });

  it('keeps the context words either side of each change and folds the rest, losing no text', () => {
    const changes = [same(`${words(40)} `), removed('old'), same(` ${words(40, 100)} `), added('new'), same(` ${words(40, 200)}`)];
    const pieces = foldUnchanged(changes, 3);
    expect(pieces.map((p) => p.text).join('')).toBe(changes.map((c) => c.text).join(''));
    expect(pieces.map((p) => (p.type === 'folded' ? `[${p.words}]` : p.text.trim()))).toEqual([
      '[37]',
      'w37 w38 w39',
      'old',
      'w100 w101 w102',
      '[34]',
      'w137 w138 w139',
      'new',
      'w200 w201 w202',
      '[37]',
    ]);
  });
});
