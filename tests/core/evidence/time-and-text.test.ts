// Time expressions, sentence and quotation boundaries, numbers typed by people, and the normalisers.
import { describe, expect, it } from 'vitest';
import { dice, measureTokens, normaliseUnit, quoteWords } from '../../../main/core/evidence/normalise';
import { readValue } from '../../../main/core/evidence/numbers';
import { findQuotations, splitSentences } from '../../../main/core/evidence/sentences';
import { findTimeExpressions } from '../../../main/core/evidence/time-expressions';

describe('findTimeExpressions', () => {
  it.each([
    ['as of January 2017', '2017-01'],
    ['in early 2016', '2016-01'],
    ['at the start of 2016', '2016-01'],
    ['by the end of 2019', '2019-12'],
    ['in mid-2020', '2020-06'],
    ['in May 2017', '2017-05'],
    ['on 5 March 2021', '2021-03-05'],
    ['on March 5, 2021', '2021-03-05'],
    ['in 2026', '2026'],
    ['last year', '2025'],
    ['this year', '2026'],
    ['late last year', '2025-12'],
    ['last month', '2026-01'],
    ['last Wednesday', '2026-02-18'],
    ['yesterday', '2026-02-20'],
  ])('%s → %s (article of 2026-02-21)', (text, asOf) => {
    expect(findTimeExpressions(`Figures ${text} show it.`, '2026-02-21').map((t) => t.asOf)).toEqual([asOf]);
  });

  it('leaves out "since 2022" (a count since then holds now) and relative times without an article date', () => {
    expect(findTimeExpressions('up to 8,400 services removed since 2022', '2026-02-21')).toEqual([]);
    expect(findTimeExpressions('Tinder said last year that it agreed', null)).toEqual([]);
  });
});

describe('splitSentences and findQuotations', () => {
  it('keeps a lowercase continuation after a closing quote, abbreviations and initials inside a sentence', () => {
    const text = '"No other government has ever received any information from us.” the company said on Tuesday. "It will always be that way,"\n\nMr. Smith met J. Doe. U.S. officials agree.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '"No other government has ever received any information from us.” the company said on Tuesday.',
      '"It will always be that way,"',
      'Mr. Smith met J. Doe.',
      'U.S. officials agree.',
    ]);
  });

  it.each([
    ['“Telegram has deleted up to 100,” Roskomnadzor said.', ['“Telegram has deleted up to 100,”']],
    ['"No other government.” the company said. "It will always be that way,"', ['"No other government.”', '"It will always be that way,"']],
    ['was in “constant interaction with a number of companies."', ['“constant interaction with a number of companies."']],
    ['the company’s users’ rights, not a quote', []],
  ])('%s', (text, quotes) => {
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual(quotes);
  });
});

describe('readValue', () => {
  it.each([
    ['6000000', 6e6],
    ['6,000,000', 6e6],
    ['6 million', 6e6],
    ['6m', 6e6],
    ['2.5bn', 2.5e9],
    ['1e6', 1e6],
    ['60%', 0.6],
    ['10.8 million', 10_800_000],
    ['twelve', 12],
    ['lots', undefined],
    ['6 apples', undefined],
  ])('%s → %s', (input, value) => expect(readValue(input)).toBe(value));
});

describe('normalising measures and quotations', () => {
  it('makes "active Russian users" and "users in Russia" close, "users" alone not', () => {
    expect(measureTokens('active Russian users')).toEqual(['active', 'russia', 'user']);
    expect(measureTokens('users in Russia')).toEqual(['russia', 'user']);
    expect(dice(measureTokens('active Russian users'), measureTokens('users in Russia'))).toBeCloseTo(0.8);
    expect(dice(measureTokens('users in Iran'), measureTokens('users in Russia'))).toBeCloseTo(0.5);
  });

  it.each([
    ['years', 'year'],
    ['Users', 'user'],
    ['entities', 'entity'],
    ['RUB', 'RUB'],
  ])('unit %s → %s', (unit, normal) => expect(normaliseUnit(unit)).toBe(normal));

  it('compares quotations by their words', () => {
    expect(quoteWords('“The threat of blocking [Telegram] won’t affect us,”')).toEqual(['the', 'threat', 'of', 'blocking', 'telegram', "won't", 'affect', 'us']);
  });
});
