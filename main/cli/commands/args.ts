// Turning option values into typed params, with usage errors that say what was expected.
import { KINDS } from '../../../shared/model';
import type { Kind } from '../../../shared/model';
import { UsageError } from '../types';
import type { Values } from './types';

export const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);
export const list = (v: Values[string]): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);

export function int(v: Values[string], name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number, not "${String(v)}"`);
  return n;
}

export function kind(v: Values[string], required: boolean): Kind | undefined {
  if (v === undefined) {
    if (required) throw new UsageError(`--kind is required (${KINDS.join(', ')})`);
    return undefined;
  }
  if (!KINDS.includes(v as Kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}, not "${String(v)}"`);
  return v as Kind;
}

export function exactly(n: number, what: string) {
  return (positionals: string[]): void => {
    if (positionals.length !== n) throw new UsageError(`expected ${what}`);
  };
}

export const filterOptions = { kind: { type: 'string' }, tag: { type: 'string' } } as const;

