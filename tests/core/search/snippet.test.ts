import { describe, expect, it } from 'vitest';
import { termOf } from '../../../main/core/search/analysis';
import { findTerms, makeSnippet } from '../../../main/core/search/snippet';

describe('snippets', () => {
  const text = `${'Filler words come first in this paragraph. '.repeat(10)}Telegram had 6 million active Russian users in January. ${'More filler follows here. '.repeat(10)}`;

  it('finds words by their index term (stemmed, case-folded, possessive dropped)', () => {
    expect(termOf('Users')).toBe(termOf('user'));
    expect(termOf('Russia’s')).toBe(termOf('Russia'));
    const found = findTerms('Russia’s users and the USER', new Set([termOf('user')!]));
    expect(found.map((m) => 'Russia’s users and the USER'.slice(m.start, m.end))).toEqual(['users', 'USER']);
  });

  it('centres a window on the matches and gives offsets into the snippet', () => {
    const snippet = makeSnippet(text, new Set([termOf('telegram')!, termOf('users')!]));
    expect(snippet.snippet.startsWith('…')).toBe(true);
    expect(snippet.snippet.endsWith('…')).toBe(true);
    expect(snippet.matches.map((m) => snippet.snippet.slice(m.start, m.end))).toEqual(['Telegram', 'users']);
    expect(text.slice(snippet.position!.start, snippet.position!.end)).toBe('Telegram');
  });

  it('returns the start of the text when nothing matches', () => {
    expect(makeSnippet('Short text.', new Set(['zzz']))).toEqual({ snippet: 'Short text.', matches: [] });
  });
});
