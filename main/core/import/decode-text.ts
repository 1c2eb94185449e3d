import iconv from 'iconv-lite';
import { ApiError } from '../../../shared/errors';

/**
 * Turns bytes into text: a byte-order mark decides UTF-8 or UTF-16; otherwise strict UTF-8, falling back to
 * Windows-1252. Binary data is refused rather than imported as mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ApiError('BAD_REQUEST', 'the file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  if (looksBinary(bytes)) throw new ApiError('UNSUPPORTED', 'the file is binary, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Node's TextDecoder treats windows-1252 as Latin-1 (0x80 becomes U+0080, not €); iconv-lite gets it right.
    return iconv.decode(Buffer.from(bytes), 'windows-1252');
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('BAD_REQUEST', `the file claims to be ${encoding} but is not valid ${encoding}`);
  }
}

/** NUL bytes or many control characters in the first 8 KiB: text files have neither. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.05;
}
