import { describe, expect, it } from 'vitest';
import { diffTexts, offsetMapper } from '../../../main/core/articles/offset-map';
import { findQuote, targetAt } from '../../../main/core/highlights/anchor';
import { reanchor } from '../../../main/core/highlights/reanchor';

// An article written for this test, and a passage in it to carry over to edited versions.
const P1 = 'The harbour council approved a ferry route on Monday, ending a decade of debate.';
const P2 = 'Unemployment on the islands fell to twelve percent last year, the statistics office said.';
const P3 = 'Councillor Ana Ruiz called it "the day we stop asking people to choose between a doctor and a wage".';
const P4 = 'The trial will cost 2.4 million euros a year, according to the council.';
const ORIGINAL = [P1, P2, P3, P4].join('\n\n');

function carry(before: string, after: string, passage: string, occurrence = 1) {
  const range = findQuote(before, passage, occurrence);
  const target = targetAt(before, range.start, range.end);
  const expected = offsetMapper(diffTexts(before, after))(range.start);
  const result = reanchor(after, target, expected);
  return { ...result, text: result.target ? after.slice(result.target.position.start, result.target.position.end) : null };
}

describe('carrying a highlight to a new version', () => {
  it('is exact when the passage and its context are unchanged, though text was inserted before it', () => {
    const after = [P1, 'A new paragraph was added here by the editors overnight.', P2, P3, P4].join('\n\n');
    expect(carry(ORIGINAL, after, 'twelve percent')).toMatchObject({ confidence: 'exact', text: 'twelve percent' });
  });

  it('survives a deleted sentence elsewhere', () => {
    const after = [P2, P3, P4].join('\n\n');
    expect(carry(ORIGINAL, after, '2.4 million euros a year')).toMatchObject({ confidence: 'exact', text: '2.4 million euros a year' });
  });

  it('follows reordered paragraphs', () => {
    const after = [P4, P3, P1, P2].join('\n\n');
    const result = carry(ORIGINAL, after, 'the day we stop asking people');
    expect(result.text).toBe('the day we stop asking people');
    expect(['exact', 'moved']).toContain(result.confidence);
  });

  it('is exact where the diff puts it, even when its context changed a little', () => {
    const after = ORIGINAL.replace('fell to twelve percent last year', 'fell to twelve percent in 2025');
    expect(carry(ORIGINAL, after, 'twelve percent')).toMatchObject({ confidence: 'exact', text: 'twelve percent' });
  });

  it('copes with changed white space and punctuation, asking for review when the words changed', () => {
    const spaced = ORIGINAL.replace('approved a ferry route on Monday', 'approved  a ferry route\non Monday');
    const spacedResult = carry(ORIGINAL, spaced, 'approved a ferry route on Monday');
    expect(spacedResult.text).toBe('approved  a ferry route\non Monday');
    expect(spacedResult.confidence).toBe('fuzzy');
    const punctuated = ORIGINAL.replace('the day we stop asking people to choose between a doctor and a wage', 'the day we stop asking people to choose between a doctor, and a wage');
    const result = carry(ORIGINAL, punctuated, 'the day we stop asking people to choose between a doctor and a wage');
    expect(result).toMatchObject({ confidence: 'fuzzy', text: 'the day we stop asking people to choose between a doctor, and a wage' });
    expect(result.score).toBeGreaterThan(0.9);
  });

  it('does not jump to a look-alike sentence in another paragraph when its own was deleted', () => {
    const lookalike = 'Youth unemployment in the capital stayed at twelve percent, officials said.';
    const after = [P1, P3, lookalike, P4].join('\n\n');
    const result = carry(ORIGINAL, after, 'twelve percent');
    expect(result.confidence).toBe('orphaned');
    expect(result.target).toBeUndefined();
  });

  it('stays with its own sentence when a near-duplicate is added elsewhere', () => {
    const nearDuplicate = 'Unemployment on the mainland fell to twelve percent last year, the statistics office said.';
    const after = [P1, nearDuplicate, P3, P2, P4].join('\n\n');
    const result = carry(ORIGINAL, after, 'twelve percent');
    expect(result.target!.position.start).toBe(after.indexOf(P2) + P2.indexOf('twelve percent'));
    expect(result.confidence).toBe('moved'); // its paragraph moved after the next one
  });

  it('asks for review when two places match equally well', () => {
    const after = [P1, P2, P3, P2, P4].join('\n\n');
    const result = carry(ORIGINAL, after, 'twelve percent');
    expect(result.confidence).not.toBe('exact');
    expect(result.confidence).not.toBe('moved');
  });

  it('orphans a passage whose text is gone', () => {
    const after = [P1, P3, P4].join('\n\n');
    expect(carry(ORIGINAL, after, 'Unemployment on the islands fell to twelve percent last year')).toMatchObject({ confidence: 'orphaned' });
  });
});
