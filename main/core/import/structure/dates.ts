// Date lines as news sites print them, turned into ISO dates.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const TIME = '(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?';
const PREFIX = '(?:(?:published|posted|updated|last updated|date)\\s*:?\\s*(?:on\\s+)?)?';

const MONTH_FIRST = new RegExp(`^${PREFIX}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${TIME}$`, 'i');
const DAY_FIRST = new RegExp(`^${PREFIX}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?${TIME}$`, 'i');
const ISO = /^(?:(?:published|posted|updated|date)\s*:?\s*)?(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const NUMERIC = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

export interface ParsedDate {
  /** `YYYY-MM-DD` */
  iso: string;
  /** True when the year was not printed and was inferred from the weekday. */
  yearInferred: boolean;
}

/**
 * Parses a line that is only a date ("Saturday, February 21", "21 Feb 2026", "2026-02-21", "Published: May 3, 2017").
 * Without a year, a printed weekday picks the most recent year (up to `today`) in which that date fell on it.
 */
export function parseDateLine(line: string, today = new Date()): ParsedDate | null {
  const text = line.trim();
  if (text.length > 60) return null;
  const iso = ISO.exec(text);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]), false);
  const numeric = NUMERIC.exec(text);
  if (numeric) return valid(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), false); // day first, as in most of the world
  let weekday: string | undefined, month: string | undefined, day: string | undefined, year: string | undefined;
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text);
  if (monthFirst) [, weekday, month, day, year] = monthFirst;
  else if (dayFirst) [, weekday, day, month, year] = dayFirst;
  else return null;
  const m = MONTHS.indexOf(month!.slice(0, 3).toLowerCase()) + 1;
  const d = Number(day);
  if (year) return valid(Number(year), m, d, false);
  if (!weekday) return null; // "February 21" alone could be any year
  const wanted = WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase());
  for (let y = today.getUTCFullYear(); y > today.getUTCFullYear() - 28; y--) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getTime() <= today.getTime() && date.getUTCDay() === wanted && date.getUTCDate() === d) return valid(y, m, d, true);
  }
  return null;
}

function valid(y: number, m: number, d: number, yearInferred: boolean): ParsedDate | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1800 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return { iso: date.toISOString().slice(0, 10), yearInferred };
}

/** Normalises any date string we get from metadata (front matter, meta tags) to `YYYY-MM-DD`, or null. */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const line = parseDateLine(value);
  if (line) return line.iso;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}
