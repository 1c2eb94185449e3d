import { describe, expect, it } from 'vitest';
import { paragraphRanges } from '../../renderer/features/reader/segments';
import { sentenceFrom, stepForKey, stepPassage, textUnits } from '../../renderer/features/reader/passage-steps';
import type { Step } from '../../renderer/features/reader/passage-steps';

const BODY = 'The board met on Monday. Fees will rise by 12 per cent.\n\nBoats under ten metres are exempt. Nobody objected.';
const units = textUnits(BODY, paragraphRanges(BODY), 'en');
const text = (span: { start: number; end: number }) => BODY.slice(span.start, span.end);

/** Runs key steps from the first sentence and returns the passage's text after each. */
function walk(steps: Step[]): string[] {
  let passage = sentenceFrom(units, 0)!;
  return steps.map((step) => text((passage = stepPassage(passage, step, units))));
}

describe('choosing a passage with the keyboard', () => {
  it('finds the sentences of each paragraph, without the spaces between them', () => {
    expect(units.sentences.map(text)).toEqual(['The board met on Monday.', 'Fees will rise by 12 per cent.', 'Boats under ten metres are exempt.', 'Nobody objected.']);
  });

  it('starts at the first sentence that ends after a place (the top of the view)', () => {
    expect(text(sentenceFrom(units, BODY.indexOf('will'))!)).toBe('Fees will rise by 12 per cent.');
  });

  it('moves sentence by sentence, across paragraphs, and stops at either end', () => {
    expect(walk(['next-sentence', 'next-sentence', 'next-sentence', 'next-sentence', 'previous-sentence'])).toEqual([
      'Fees will rise by 12 per cent.',
      'Boats under ten metres are exempt.',
      'Nobody objected.',
      'Nobody objected.',
      'Boats under ten metres are exempt.',
    ]);
    expect(walk(['previous-sentence'])).toEqual(['The board met on Monday.']);
  });

  it('grows and shrinks by sentences at the end', () => {
    expect(walk(['more-sentences', 'more-sentences', 'fewer-sentences', 'fewer-sentences', 'fewer-sentences'])).toEqual([
      'The board met on Monday. Fees will rise by 12 per cent.',
      'The board met on Monday. Fees will rise by 12 per cent.\n\nBoats under ten metres are exempt.',
      'The board met on Monday. Fees will rise by 12 per cent.',
      'The board met on Monday.',
      'The board met on Monday.',
    ]);
  });

  it('narrows to a figure inside a sentence word by word, from either end', () => {
    const steps: Step[] = ['next-sentence', 'start-later', 'start-later', 'start-later', 'start-later', 'end-earlier', 'end-later', 'end-earlier', 'end-earlier'];
    expect(walk(steps).at(-1)).toBe('12 per');
    expect(walk([...steps, 'end-later', 'start-earlier'])).toContain('by 12 per cent');
  });

  it('keeps a figure’s signs with its number', () => {
    const body = 'It costs £96,000 a year, up 12% on 2024.';
    const { words } = textUnits(body, [{ start: 0, end: body.length }], 'en');
    expect(words.map((w) => body.slice(w.start, w.end))).toEqual(['It', 'costs', '£96,000', 'a', 'year', 'up', '12%', 'on', '2024']);
  });

  it('never shrinks a passage to nothing', () => {
    let passage = { start: BODY.indexOf('Nobody'), end: BODY.indexOf('Nobody') + 6 };
    passage = stepPassage(passage, 'start-later', units);
    passage = stepPassage(passage, 'end-earlier', units);
    expect(text(passage)).toBe('Nobody');
  });

  it.each<[Partial<KeyboardEvent>, Step | null]>([
    [{ key: 'ArrowDown' }, 'next-sentence'],
    [{ key: 'ArrowDown', shiftKey: true }, 'more-sentences'],
    [{ key: 'ArrowLeft', shiftKey: true }, 'end-earlier'],
    [{ key: 'ArrowRight' }, 'start-later'],
    [{ key: 'ArrowRight', ctrlKey: true }, null],
    [{ key: 'a' }, null],
  ])('reads %j as %s', (event, step) => {
    expect(stepForKey({ shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, key: '', ...event })).toBe(step);
  });
});
