import type { Quantity } from '../../../shared/model';

/** Scale words as people type and print them, with what they multiply by. */
const SCALES: { words: string[]; factor: number; name: string }[] = [
  { words: ['thousand', 'k'], factor: 1e3, name: 'thousand' },
  { words: ['million', 'millions', 'm', 'mn', 'mln'], factor: 1e6, name: 'million' },
  { words: ['billion', 'billions', 'bn', 'b'], factor: 1e9, name: 'billion' },
  { words: ['trillion', 'trillions', 'tn', 't'], factor: 1e12, name: 'trillion' },
];

const scaleOf = (word: string | undefined) => SCALES.find((s) => word !== undefined && s.words.includes(word.toLowerCase()));

export const isPercent = (unit: string | undefined): boolean => unit !== undefined && /^(percent|per cent|%|pct)$/i.test(unit.trim());

/** Percentage points are stored as fractions too ("5 percentage points" → 0.05), and printed as points. */
const isPoints = (unit: string | undefined): boolean => unit !== undefined && /^percentage points?$/i.test(unit.trim());

/** An ISO 4217 code is printed before the number ("RUB 10.8 million"), any other unit after it. */
const isCurrency = (unit: string | undefined): boolean => unit !== undefined && /^[A-Z]{3}$/.test(unit);

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });

/** A number as a person reads it: with the scale word it was printed with, else compact from a million up. */
export function formatNumber(value: number, scale?: string, unit?: string): string {
  if (isPercent(unit)) return `${plain.format(round(value * 100))}%`;
  if (isPoints(unit)) return plain.format(round(value * 100));
  // Thousands read best as digits (8,400); millions and up with their word (10.8 million).
  const known = scaleOf(scale);
  if (known && known.factor >= 1e6) return `${plain.format(round(value / known.factor))} ${known.name}`;
  return Math.abs(value) >= 1e6 ? compact.format(value) : plain.format(value);
}

/** Floating-point noise out: 0.6 * 100 is 60, not 60.00000000000001. */
const round = (n: number): number => Number.parseFloat(n.toPrecision(12));

const BOUND_PREFIX: Record<NonNullable<Quantity['bound']>, string> = { approximate: 'about ', lower: 'at least ', upper: 'up to ' };

/** "about 90 million users", "RUB 10.8 million", "up to 100 a week", "35 million–40 million users". */
export function formatQuantity(q: Quantity): string {
  const value = formatNumber(q.value, q.scale, q.unit);
  const range = q.valueMax !== undefined && q.valueMax !== q.value ? `–${formatNumber(q.valueMax, q.scale, q.unit)}` : '';
  const prefix = q.bound ? BOUND_PREFIX[q.bound] : '';
  const number = `${value}${range}`;
  const withUnit = isPercent(q.unit) || !q.unit ? number : isCurrency(q.unit) ? `${q.unit} ${number}` : `${number} ${q.unit}`;
  return `${prefix}${withUnit}${q.per ? ` a ${q.per}` : ''}`;
}

export interface Amount {
  value: number;
  /** The scale word typed ("million"), kept so the number reads back as it was written. */
  scale?: string;
  /** Typed with a % sign: the value is a fraction (60% → 0.6). */
  percent?: boolean;
}

const AMOUNT = /^([-+]?(?:\d{1,3}(?:[,\s]\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?)\s*([a-z]+)?\s*(%)?$/i;

/**
 * What a person types for a figure's value: 6000000, 6,000,000, 6 million, 6m, 2.5bn, 1e6, 60%. Null when it is
 * not a number (the field then says so and is not saved).
 */
export function parseAmount(text: string): Amount | null {
  const m = AMOUNT.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]!.replace(/[,\s]/g, ''));
  if (!Number.isFinite(n)) return null;
  if (m[3]) return m[2] ? null : { value: round(n / 100), percent: true };
  if (!m[2]) return { value: n };
  const scale = scaleOf(m[2]);
  return scale ? { value: round(n * scale.factor), scale: scale.name } : null;
}

/** The text a value field starts with: the number as parseAmount reads it back. */
export function amountText(value: number | undefined, scale: string | undefined, unit: string | undefined): string {
  if (value === undefined) return '';
  if (isPercent(unit) || isPoints(unit)) return `${round(value * 100)}%`;
  const known = scaleOf(scale);
  return known ? `${round(value / known.factor)} ${known.name}` : String(value);
}
