/** Fewer decimals as numbers grow: 0.42, 4.2, 42, 420; a table of 12-digit floats is unreadable. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const mb = (bytes: number | null | undefined): string => (bytes === null || bytes === undefined ? '–' : num(bytes / 1024 / 1024));
export const sec = (ms: number | null | undefined): string => (ms === null || ms === undefined ? '–' : num(ms / 1000));
export const pair = (a: number | null | undefined, b: number | null | undefined): string => `${num(a)} / ${num(b)}`;

/** Counts are whole numbers: no decimals, whatever their size. */
export const int = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : Math.round(value).toLocaleString('en-US');
