import { describe, expect, it } from 'vitest';
import { anchorsIn, findQuote, targetAt } from '../../../main/core/highlights/anchor';

const BODY = 'Telegram had 6 million active Russian users as of January 2017, up from just 2 million at the start of 2016.\n\nThe company said: “It will always be that way.” Telegram had 6 million users.';

describe('targetAt', () => {
  it('builds position and quote selectors with 32 characters of context', () => {
    const start = BODY.indexOf('6 million');
    const target = targetAt(BODY, start, start + '6 million active Russian users'.length);
    expect(target.position).toEqual({ type: 'TextPositionSelector', start, end: start + 30 });
    expect(target.quote).toEqual({ type: 'TextQuoteSelector', exact: '6 million active Russian users', prefix: 'Telegram had ', suffix: ' as of January 2017, up from jus' });
    expect(anchorsIn(BODY, target)).toBe(true);
  });

  it('trims white space off the ends of the range', () => {
    const start = BODY.indexOf('2016.');
    const target = targetAt(BODY, start - 1, start + 7); // ' 2016.\n\n'
    expect(target.quote.exact).toBe('2016.');
  });

  it.each([
    [-1, 5, /outside the article/],
    [5, 5, /outside the article/],
    [0, BODY.length + 1, /outside the article/],
  ])('refuses the range %i–%i', (start, end, message) => {
    expect(() => targetAt(BODY, start, end)).toThrow(message);
  });

  it('refuses a range that is only white space, or splits an emoji', () => {
    expect(() => targetAt('a   b', 1, 4)).toThrow('only white space');
    expect(() => targetAt('x 😀 y', 0, 3)).toThrow('splits a character');
  });
});

describe('findQuote', () => {
  it('finds the nth occurrence', () => {
    expect(findQuote(BODY, 'Telegram had 6 million', 2).start).toBe(BODY.lastIndexOf('Telegram had 6 million'));
    expect(() => findQuote(BODY, 'Telegram had 6 million', 3)).toThrow('occurs 2 time(s); occurrence 3 does not exist');
  });

  it('tolerates straight quotes and collapsed white space in what was typed', () => {
    const found = findQuote(BODY, 'said: "It will always   be that way."');
    expect(BODY.slice(found.start, found.end)).toBe('said: “It will always be that way.”');
  });

  it('says clearly when the text is not there', () => {
    expect(() => findQuote(BODY, '7 million')).toThrow('the text "7 million" is not in the article');
  });
});
