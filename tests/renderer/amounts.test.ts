import { describe, expect, it } from 'vitest';
import { amountText, formatQuantity, parseAmount } from '../../renderer/features/evidence/amounts';

describe('figure values as people type them', () => {
  it.each([
    ['6000000', { value: 6e6 }],
    ['6,000,000', { value: 6e6 }],
    ['6 million', { value: 6e6, scale: 'million' }],
    ['6m', { value: 6e6, scale: 'million' }],
    ['2.5bn', { value: 2.5e9, scale: 'billion' }],
    ['10.8 million', { value: 10_800_000, scale: 'million' }],
    ['1e6', { value: 1e6 }],
    ['60%', { value: 0.6, percent: true }],
    ['14 000', { value: 14000 }],
  ])('%s', (text, amount) => expect(parseAmount(text)).toEqual(amount));

  it.each(['', 'lots', '6 zillion', '5 m%', '1,00'])('refuses %j', (text) => expect(parseAmount(text)).toBeNull());

  it('reads back what it wrote', () => {
    expect(amountText(6e6, 'million', 'users')).toBe('6 million');
    expect(amountText(0.6, undefined, 'percent')).toBe('60%');
    // Points are fractions as well: the field reads "5%", which parses back to the same 0.05.
    expect(parseAmount(amountText(0.05, undefined, 'percentage points'))).toMatchObject({ value: 0.05 });
    expect(parseAmount(amountText(10_800_000, 'million', 'RUB'))).toEqual({ value: 10_800_000, scale: 'million' });
  });
});

describe('figures as the board and the chart print them', () => {
  it.each([
    [{ value: 6e6, unit: 'users', scale: 'million' }, '6 million users'],
    [{ value: 9e7, unit: 'users', bound: 'approximate' as const }, 'about 90 million users'],
    [{ value: 10_800_000, unit: 'RUB', scale: 'million' }, 'RUB 10.8 million'],
    [{ value: 100, bound: 'upper' as const, per: 'week' as const }, 'up to 100 a week'],
    [{ value: 0.6, unit: 'percent' }, '60%'],
    [{ value: 0.05, unit: 'percentage points' }, '5 percentage points'],
    [{ value: 35e6, valueMax: 40e6, unit: 'users', scale: 'million' }, '35 million–40 million users'],
  ])('%j', (q, text) => expect(formatQuantity(q)).toBe(text));
});
