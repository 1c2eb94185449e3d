import { Unzip, UnzipInflate, zipSync } from 'fflate';
import { ExchangeError, LIMITS } from './limits';

export interface ZipLimits {
  inflatedBytes: number;
  entryBytes: number;
  entries: number;
}

/** Compressed bytes handed to the inflater per step: bounds what one step can inflate to (deflate ≤ 1032:1). */
const STEP = 8 * 1024;

/**
 * Reads a zip from elsewhere. Entry names must be plain relative paths (no `..`, no absolute or drive paths, no
 * backslashes, no duplicates) and, when `allowed` is given, match it. Sizes are counted while inflating, since the
 * sizes a zip declares can lie; reading stops as soon as a limit is passed.
 */
export function readZip(bytes: Uint8Array, what: string, allowed?: (name: string) => boolean, limits: ZipLimits = LIMITS): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array[]>();
  const sizes = new Map<string, number>();
  let total = 0;
  let failure: ExchangeError | undefined;
  const fail = (message: string): void => void (failure ??= new ExchangeError(`${what}: ${message}`));

  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (failure) return;
    const problem = entryNameProblem(file.name);
    if (problem) return fail(`the entry "${clip(file.name)}" ${problem}`);
    if (file.name.endsWith('/')) return; // a folder entry: nothing to read
    if (allowed && !allowed(file.name)) return fail(`unexpected entry "${clip(file.name)}"`);
    if (entries.has(file.name)) return fail(`the entry "${clip(file.name)}" appears twice`);
    if (entries.size >= limits.entries) return fail(`more than ${limits.entries} entries`);
    const chunks: Uint8Array[] = [];
    entries.set(file.name, chunks);
    sizes.set(file.name, 0);
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) return fail(`the entry "${clip(file.name)}" is damaged (${error.message})`);
      const size = sizes.get(file.name)! + chunk.length;
      total += chunk.length;
      sizes.set(file.name, size);
      if (size > limits.entryBytes) return fail(`the entry "${clip(file.name)}" inflates to more than ${mb(limits.entryBytes)}`);
      if (total > limits.inflatedBytes) return fail(`it inflates to more than ${mb(limits.inflatedBytes)}`);
      chunks.push(chunk);
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length && !failure; at += STEP) unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch (error) {
    fail(`not a readable zip file (${(error as Error).message})`);
  }
  if (failure) throw failure;
  if (entries.size === 0) throw new ExchangeError(`${what}: not a zip file, or an empty one`);
  return new Map([...entries].map(([name, chunks]) => [name, concat(chunks)]));
}

/** Why a zip entry name is refused, or undefined when it is a plain relative path. */
export function entryNameProblem(name: string): string | undefined {
  if (name === '' || name.length > 512) return 'has no usable name';
  if (name.includes('\\')) return 'contains a backslash';
  if ([...name].some((ch) => ch.charCodeAt(0) < 0x20)) return 'contains control characters';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  if (name.split('/').some((part) => part === '..' || part === '.')) return 'escapes its folder (..)';
  return undefined;
}

/** Writes a zip; entries are compressed unless they are tiny. Names are ours, never taken from elsewhere. */
export function writeZip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: data.length < 256 ? 0 : 6 }]])), {
    mtime: new Date('2000-01-01T00:00:00Z'), // fixed, so the same notebook gives the same bytes
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const clip = (text: string): string => [...(text.length > 60 ? `${text.slice(0, 57)}…` : text)].map((ch) => (ch.charCodeAt(0) < 0x20 ? '?' : ch)).join('');
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
