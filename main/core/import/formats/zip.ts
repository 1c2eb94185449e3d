import { Unzip, UnzipInflate } from 'fflate';
import type { UnzipFile } from 'fflate';
import { ApiError } from '../../../../shared/errors';

export interface ZipLimits {
  /** Entries in the archive, read or not. */
  maxEntries: number;
  /** Bytes after inflating, all entries together. */
  maxTotalBytes: number;
}

/** DOCX and EPUB files are a few megabytes; 200 MB inflated is far beyond any real one and safe for memory. */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxTotalBytes: 200 * 1024 * 1024 };

/**
 * Compressed bytes are fed in slices this big: deflate expands at most ~1032:1, so no slice can inflate to more
 * than ~16 MB before the running total is checked again.
 */
const SLICE = 16 * 1024;

/**
 * Inflates every entry of a ZIP archive (DOCX, EPUB), counting as it goes: an archive that holds too many entries
 * or inflates past the limit — a zip bomb, whatever its headers claim — is refused as soon as that is seen.
 * Every entry is inflated (and counted) so that nothing handed on to another reader can explode later; the
 * content of entries `keep` does not want is dropped straight away.
 * @throws ApiError BAD_REQUEST for a damaged archive or one over the limits.
 */
export function readZip(bytes: Uint8Array, what: string, keep: (name: string) => boolean = () => true, limits: ZipLimits = ZIP_LIMITS): Map<string, Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  let count = 0;
  let total = 0;
  let failure: ApiError | null = null;
  const fail = (message: string): void => {
    failure ??= new ApiError('BAD_REQUEST', message);
  };
  const tooBig = `the ${what} inflates to more than ${limits.maxTotalBytes / 1024 / 1024} MB (a zip bomb?); refused`;

  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    if (++count > limits.maxEntries) return fail(`the ${what} holds more than ${limits.maxEntries} files (a zip bomb?); refused`);
    if ((file.originalSize ?? 0) > limits.maxTotalBytes) return fail(tooBig);
    const chunks: Uint8Array[] = [];
    const wanted = keep(file.name);
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) return fail(`the ${what} is damaged (${error.message.split('\n')[0]})`);
      total += data.length;
      if (total > limits.maxTotalBytes) {
        file.terminate();
        return fail(tooBig);
      }
      if (wanted) chunks.push(data);
      if (final && wanted) entries.set(file.name, concat(chunks));
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ApiError('BAD_REQUEST', `the file is not ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what} (not a ZIP archive)`);
    for (let offset = 0; offset < bytes.length && !failure; offset += SLICE) {
      unzip.push(bytes.subarray(offset, offset + SLICE), offset + SLICE >= bytes.length);
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    fail(`the ${what} is damaged (${String((error as Error).message).split('\n')[0]})`);
  }
  if (failure) throw failure;
  return entries;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
