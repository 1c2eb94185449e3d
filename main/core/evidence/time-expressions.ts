// Dates in a sentence that say when a figure holds ("as of January 2017", "in early 2016", "last year"), resolved to
// ISO dates of year, month or day precision. Relative ones need the article's date and are skipped without it.
// "since 2022" is left out on purpose: a count since some year holds at the time of writing, not in 2022.

export interface TimeExpression {
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  text: string;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_RE = `(?:${MONTHS.join('|')}|(?:${MONTH_ABBR.join('|')}|sept)\\.?)`;
/** Where in a year: early/start → January, mid → June, late/end → December (the text is kept beside the date). */
const PART_RE = `(?:(?:the\\s+)?(?:start|beginning|end|middle|first half|second half)\\s+of|early|late|mid-?|end-)`;
const LEAD_RE = `(?:as\\s+of|as\\s+at|by|in|at|during|for|from|of|until|through|throughout)`;

const ABSOLUTE = new RegExp(
  `\\b(?:${LEAD_RE}\\s+)?(?:${PART_RE}\\s*)?(?:(?<day1>\\d{1,2})\\s+(?<month1>${MONTH_RE})|(?<month2>${MONTH_RE})(?:\\s+(?<day2>\\d{1,2})(?:st|nd|rd|th)?,?)?)?\\s*(?<year>(?:18|19|20)\\d{2})\\b(?![-–]\\d|,\\d{3}|\\.\\d)`,
  'gi',
);
const RELATIVE = new RegExp(
  `\\b(?:(?<part>${PART_RE})\\s*)?(?<which>last|this|next|previous)\\s+(?<unit>year|month|week|${WEEKDAYS.join('|')})\\b|\\b(?<day>yesterday|today)\\b`,
  'gi',
);

const pad = (n: number): string => String(n).padStart(2, '0');

function partMonth(part: string | undefined): number | undefined {
  if (!part) return undefined;
  const p = part.toLowerCase();
  if (/start|beginning|early|first half/.test(p)) return 1;
  if (/mid|middle/.test(p)) return 6;
  if (/end|late|second half/.test(p)) return 12;
  return undefined;
}

function monthIndex(name: string | undefined): number | undefined {
  if (!name) return undefined;
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  const i = MONTH_ABBR.indexOf(key === 'sep' ? 'sep' : key);
  return i >= 0 ? i + 1 : undefined;
}

/**
 * Every time expression in `sentence` that can date a figure. `reference` (the article's ISO date) resolves "last
 * year", "this week", "last Wednesday"…; without it those are not returned.
 */
export function findTimeExpressions(sentence: string, reference?: string | null): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const m of sentence.matchAll(ABSOLUTE)) {
    const g = m.groups!;
    const before = sentence.slice(Math.max(0, m.index - 6), m.index).toLowerCase();
    if (/since\s*$/.test(before) && !/^\s*(as|by|in)\b/i.test(m[0])) continue;
    const month = monthIndex(g.month1 ?? g.month2) ?? partMonth(m[0]);
    const day = g.day1 ?? g.day2;
    const asOf = `${g.year}${month ? `-${pad(month)}` : ''}${month && day && Number(day) <= 31 ? `-${pad(Number(day))}` : ''}`;
    found.push({ start: m.index, end: m.index + m[0].length, asOf, text: m[0].trim() });
  }
  if (reference && /^\d{4}-\d{2}-\d{2}/.test(reference)) {
    for (const m of sentence.matchAll(RELATIVE)) {
      const asOf = resolveRelative(m.groups!, reference.slice(0, 10));
      if (asOf) found.push({ start: m.index, end: m.index + m[0].length, asOf, text: m[0].trim() });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolveRelative(g: Record<string, string | undefined>, reference: string): string | undefined {
  const ref = new Date(`${reference}T12:00:00Z`);
  const year = ref.getUTCFullYear();
  if (g.day) return isoDay(addDays(ref, g.day.toLowerCase() === 'yesterday' ? -1 : 0));
  const which = g.which!.toLowerCase();
  const unit = g.unit!.toLowerCase();
  const shift = which === 'last' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'year') {
    const month = partMonth(g.part);
    return `${year + shift}${month ? `-${pad(month)}` : ''}`;
  }
  if (unit === 'month') {
    const d = new Date(Date.UTC(year, ref.getUTCMonth() + shift, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  if (unit === 'week') return isoDay(addDays(ref, 7 * shift)).slice(0, 7);
  // A weekday: "last Wednesday" is the latest Wednesday before the article's date, "this Wednesday" that week's.
  const target = WEEKDAYS.indexOf(unit);
  let delta = target - ref.getUTCDay();
  if (shift < 0 && delta >= 0) delta -= 7;
  if (shift > 0 && delta <= 0) delta += 7;
  return isoDay(addDays(ref, delta));
}

const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
