const month = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A date of year, month or day precision as it reads: 2017, Jan 2017, 15 Jan 2017. */
export function formatPartialDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  if (Number.isNaN(date.getTime())) return iso;
  return (d ? day : month).format(date);
}

/** The time a partial date stands for, in ms: a year at its middle, a month at its 15th, for placing on a time axis. */
export function timeOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return Date.UTC(y!, 6, 1);
  return Date.UTC(y!, m - 1, d ?? 15);
}
