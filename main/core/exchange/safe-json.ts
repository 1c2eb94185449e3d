import { ExchangeError } from './limits';

/** Keys that would reach an object's prototype if the parsed data were ever merged or assigned key by key. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse for files from elsewhere: refuses prototype keys anywhere in the document (rather than stripping them,
 * which would silently change what was sent) and turns every failure into one line naming the file.
 */
export function parseUntrustedJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ExchangeError(`${what} contains the forbidden key "${key}"`);
      return value;
    });
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    const reason = error instanceof RangeError ? 'it is nested too deeply' : firstLine(error);
    throw new ExchangeError(`${what} is not valid JSON (${reason})`);
  }
}

/** Decodes UTF-8 strictly: a file with invalid bytes is refused, not patched with replacement characters. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ExchangeError(`${what} is not valid UTF-8`);
  }
}

const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 160);
