// Figures read from real phrasings: the seed articles' sentences first, then common news forms.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../main/core/evidence/parse-figure';

const first = (sentence: string, date?: string) => {
  const [f] = findFigures(sentence, { date: date ?? null });
  return f && { text: sentence.slice(f.start, f.end), quantities: f.quantities.map(({ text: _t, ...q }) => q), measures: f.measures, subject: f.subject, asOf: f.asOf };
};

describe('findFigures', () => {
  it.each([
    // The seeds
    ['Telegram had 6 million active Russian users as of January 2017, up from just 2 million at the start of 2016.', { text: '6 million active Russian users', quantities: [{ value: 6e6, unit: 'users', scale: 'million' }], measures: 'active Russian users', subject: 'Telegram', asOf: '2017-01' }],
    ['A Moscow court last Wednesday ordered Telegram to pay a fine of 10.8 million rubles ($14,000) after it was found guilty.', { text: '10.8 million rubles ($14,000)', quantities: [{ value: 10_800_000, unit: 'RUB', scale: 'million' }, { value: 14_000, unit: 'USD' }], measures: 'fine' }],
    ['“Telegram has deleted up to 100 of these services each week in 2026, but the situation does not change,” Roskomnadzor said.', { text: 'up to 100 of these services each week', quantities: [{ value: 100, bound: 'upper', unit: 'services', per: 'week' }], measures: 'services', asOf: '2026' }],
    ['Telegram is even more popular in Iran with some 35-40 million users.', { text: 'some 35-40 million users', quantities: [{ value: 35e6, valueMax: 40e6, bound: 'approximate', unit: 'users', scale: 'million' }], measures: 'users in Iran', subject: 'Telegram' }],
    ['According to company data, 60 percent of all Telegram downloads originate in Russia.', { text: '60 percent of all Telegram downloads', quantities: [{ value: 0.6, unit: 'percent' }], measures: 'Telegram downloads' }],
    ['The list contains more than 200 entities such as popular messenger service Telegram.', { text: 'more than 200 entities', quantities: [{ value: 200, bound: 'lower', unit: 'entities' }], measures: 'entities' }],
    ['Telegram has around 90 million users in Russia.', { text: 'around 90 million users', quantities: [{ value: 9e7, bound: 'approximate', unit: 'users', scale: 'million' }], measures: 'users in Russia', subject: 'Telegram' }],
    ['Authorities restricted calls on WhatsApp, which has over 100 million users in Russia.', { subject: 'WhatsApp', quantities: [{ value: 1e8, bound: 'lower', unit: 'users', scale: 'million' }] }],
    ['It said up to 8,400 such services have been removed since 2022.', { text: 'up to 8,400 such services', quantities: [{ value: 8400, bound: 'upper', unit: 'services' }], asOf: undefined }],
    ['The company noted that it removes millions of harmful content pieces daily.', { quantities: [{ value: 2e6, bound: 'lower', unit: 'pieces', scale: 'millions', per: 'day' }] }],
    // Common forms
    ['The trial costs 2.4 million euros a year.', { quantities: [{ value: 2.4e6, unit: 'EUR', scale: 'million', per: 'year' }] }],
    ['Brightline expects the cuts to save $180m a year.', { quantities: [{ value: 1.8e8, unit: 'USD', scale: 'm', per: 'year' }] }],
    ['Revenue was $2.1bn for the quarter.', { quantities: [{ value: 2.1e9, unit: 'USD', scale: 'bn' }] }],
    ['The plan will cost £1.3 billion.', { quantities: [{ value: 1.3e9, unit: 'GBP', scale: 'billion' }] }],
    ['Spending rose 3.5 per cent.', { quantities: [{ value: 0.035, unit: 'percent' }] }],
    ['The bank raised its rate by 0.25 percentage points.', { quantities: [{ value: 0.0025, unit: 'percentage points' }] }],
    ['Prices will rise by between 5% and 8%.', { quantities: [{ value: 0.05, valueMax: 0.08, unit: 'percent' }] }],
    ['Construction of between 8,000 and 9,000 new homes was postponed.', { quantities: [{ value: 8000, valueMax: 9000, unit: 'homes' }] }],
    ['The river peaked at 6.8 metres on Saturday.', { quantities: [{ value: 6.8, unit: 'metres' }] }],
    ['Two million people voted.', { quantities: [{ value: 2e6, scale: 'million', unit: 'people' }] }],
    ['Data must be stored for a period of six months.', { quantities: [{ value: 6, unit: 'months' }] }],
    ['A spokesman said demand was fewer than 1,200 passengers.', { quantities: [{ value: 1200, bound: 'upper', unit: 'passengers' }] }],
  ])('%s', (sentence, expected) => {
    expect(first(sentence, '2026-02-21')).toMatchObject(expected);
  });

  it.each([
    'Russia began blocking messaging services in May 2017.',
    'Since 2014, the Russian authorities have been listing online services.',
    'WeChat saw the restriction lifted May 11 after cooperating.',
    'Russia’s two most popular social networks.',
    'The vote passed 21-9.',
    'A final decision on Route 7 is expected in March 2025.',
    'A 10-year sentence was handed down in the Covid-19 case.',
    'Prices have more than doubled in the past three years.',
    'It was the third time this year.',
    'Children aged five months to three years took part.',
  ])('finds no figure in: %s', (sentence) => {
    expect(findFigures(sentence, { date: '2026-02-21' })).toEqual([]);
  });

  it('carries the unit, measures and subject over to an elliptical number, each with its own time', () => {
    const figures = findFigures('As of January 2017, Telegram had 6 million active Russian users, up from just 2 million in early 2016, according to Combot data.');
    expect(figures.map((f) => [f.quantities[0]!.value, f.quantities[0]!.unit, f.measures, f.subject, f.asOf, f.asOfText])).toEqual([
      [6e6, 'users', 'active Russian users', 'Telegram', '2017-01', 'As of January 2017'],
      [2e6, 'users', 'active Russian users', 'Telegram', '2016-01', 'in early 2016'],
    ]);
  });

  it('reads "from X to Y" as two figures, not a range', () => {
    const figures = findFigures('Grants fell from $6.2 million in 2022 to $4.1 million this year.', { date: '2024-03-02' });
    expect(figures.map((f) => [f.quantities[0]!.value, f.asOf])).toEqual([
      [6.2e6, '2022'],
      [4.1e6, '2024'],
    ]);
  });
});
