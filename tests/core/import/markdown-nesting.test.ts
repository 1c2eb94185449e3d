import { describe, expect, it } from 'vitest';
import { capNesting, documentFromMarkdown } from '../../../main/core/import/formats/markdown';

const SENTENCE = 'The river authority said the flood barrier would be tested twice a year.';

describe('Markdown nested beyond reason', () => {
  it('imports 60,000 levels of quotes at once, keeping the text (marked used to overflow its stack)', () => {
    const started = Date.now();
    const doc = documentFromMarkdown(`${'> '.repeat(60_000)}${SENTENCE}\n`, 'deep.md');
    expect(doc.blocks.map((b) => b.text)).toEqual([SENTENCE]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('imports 4,000 levels of quotes quickly (marked used to take minutes)', () => {
    const started = Date.now();
    expect(documentFromMarkdown(`${'> '.repeat(4_000)}${SENTENCE}\n`, 'deep.md').blocks).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('flattens only the levels past 32, and fails fast on lines one level short', () => {
    expect(capNesting('> > quote\n')).toBe('> > quote\n');
    expect(capNesting(`${'>'.repeat(40)} deep\n`)).toBe(`${'>'.repeat(32)}deep\n`);
    const started = Date.now();
    capNesting(`${'> '.repeat(31)}x\n`.repeat(5_000));
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('caps list indentation the same way', () => {
    expect(capNesting(`${' '.repeat(10_000)}- item`)).toBe(`${' '.repeat(128)}- item`);
  });
});
