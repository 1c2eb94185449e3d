import { describe, expect, it } from 'vitest';
import { analyseText, chooseTitle } from '../../../../main/core/import/structure/analyse-text';
import { titleFromText } from '../../../../main/core/import/structure/title';

// An article written for this test, with furniture of a different (made-up) outlet than the real seeds.
const SCRAPE = `Subscribe to the Harbour Gazette!

Tuesday, 14 March 2023

By Maria Oduya

Harbour Council Approves New Ferry Route

A two-year trial links the north quay to the island villages

Tomas Verhoef / Harbour Gazette

The harbour council voted on Monday to approve a ferry route between the north quay and the three island villages, ending a decade of debate about how islanders reach the mainland hospital.

"This is the day we stop asking people to choose between a doctor and a day's wages," said councillor Ana Ruiz after the vote, which passed by nine votes to four.

Costs and Timetable

The trial will cost 2.4 million euros a year, according to the council's own estimate, and boats will run every 40 minutes at peak times.

Opponents argued the money would be better spent on the existing bus link, which carries about 1,200 passengers a day.

Sign up for our weekly newsletter

Get the best of the Gazette in your inbox every Friday.

Share.
Leave A Reply`;

describe('analyseText on a scraped article', () => {
  const analysed = analyseText(SCRAPE, new Date('2026-01-01T00:00:00Z'));
  const roles = (role: string) => analysed.blocks.filter((b) => b.role === role).map((b) => b.text);

  it('finds the headline, date line, byline, standfirst and photo credit', () => {
    expect(analysed.headline).toBe('Harbour Council Approves New Ferry Route');
    expect(analysed.date).toBe('2023-03-14');
    expect(analysed.author).toBe('Maria Oduya');
    expect(roles('standfirst')).toEqual(['A two-year trial links the north quay to the island villages']);
    expect(roles('credit')).toEqual(['Tomas Verhoef / Harbour Gazette']);
  });

  it('keeps section headings in the body', () => {
    expect(roles('heading')).toEqual(['Costs and Timetable']);
  });

  it('moves the furniture at both ends out of the body, keeping it', () => {
    expect(roles('boilerplate')).toEqual([
      'Subscribe to the Harbour Gazette!',
      'Sign up for our weekly newsletter',
      'Get the best of the Gazette in your inbox every Friday.',
      'Share.',
      'Leave A Reply',
    ]);
    expect(roles('body')).toHaveLength(4);
    // Every block of the input survives with some role: nothing is thrown away.
    expect(analysed.blocks.map((b) => b.text).join('\n')).toBe(SCRAPE.replace(/\n+/g, '\n'));
  });

  it('keeps a quotation that mentions a privacy policy in the body', () => {
    const text = `${'A paragraph of the article that goes on long enough to count as prose for sure. '.repeat(2)}\n\n“The threat will not affect our privacy policy,” he added.\n\nAnother paragraph of the article that is long enough to be prose as well.`;
    expect(analyseText(text).blocks.every((b) => b.role === 'body')).toBe(true);
  });
});

describe('titles', () => {
  it('derives a title from the first sentence when there is no headline', () => {
    const analysed = analyseText('Telegram has around 90 million users in Russia. It said up to 8,400 services were removed.');
    expect(analysed.headline).toBeNull();
    expect(chooseTitle(analysed, 'file.txt')).toBe('Telegram has around 90 million users in Russia');
  });

  it('cuts a long first sentence at a word boundary', () => {
    const title = titleFromText(`${'Regulators in several countries '.repeat(8)}agreed on Monday.`);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });

  it('does not end the first sentence at an abbreviation', () => {
    expect(titleFromText('U.S. officials met Dr. Smith on Monday. Then they left.')).toBe('U.S. officials met Dr. Smith on Monday');
  });
});
