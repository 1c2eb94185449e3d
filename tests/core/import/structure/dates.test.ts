import { describe, expect, it } from 'vitest';
import { parseDateLine, toIsoDate } from '../../../../main/core/import/structure/dates';

const today = new Date('2026-11-30T12:00:00Z');

describe('parseDateLine', () => {
  it.each([
    ['March 3, 2017', '2017-03-03', false],
    ['Tue, 14 Feb 2023', '2023-02-14', false],
    ['14 February 2023 10:45 GMT', '2023-02-14', false],
    ['Published: May 3, 2017', '2017-03-05'.replace('2017-03-05', '2017-05-03'), false],
    ['2026-02-21', '2026-02-21', false],
    ['21.02.2026', '2026-02-21', false],
    ['Saturday, February 21', '2026-02-21', true],
    ['Sunday, November 29', '2026-11-29', true],
  ])('%s → %s', (line, iso, inferred) => {
    expect(parseDateLine(line, today)).toEqual({ iso, yearInferred: inferred });
  });

  it.each(['February 21', 'Friday, February 30', 'Telegram has around 90 million users', 'May the best team win', '2026-13-01'])(
    'is not a date line: %s',
    (line) => expect(parseDateLine(line, today)).toBeNull(),
  );

  it('never infers a year in the future', () => {
    // 30 November 2026 is a Monday; the next Monday 30 November before that is in 2020.
    expect(parseDateLine('Monday, November 30', new Date('2026-11-29T00:00:00Z'))?.iso).toBe('2020-11-30');
  });
});

describe('toIsoDate', () => {
  it('normalises metadata values', () => {
    expect(toIsoDate('2017-05-03T10:00:00Z')).toBe('2017-05-03');
    expect(toIsoDate(new Date('2020-01-02T00:00:00Z'))).toBe('2020-01-02');
    expect(toIsoDate('not a date')).toBeNull();
    expect(toIsoDate(42)).toBeNull();
  });
});
