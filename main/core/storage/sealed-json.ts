// A JSON object followed, as its last key, by the digest of its own text without that key. Opening a notebook
// trusts a catalogue shard whose digest matches (it is byte for byte what Sourcebook wrote) instead of checking
// every field against the schema, which was a third of a cold open at 10,000 articles. A shard whose digest does
// not match — hand-edited, damaged, or written before shards were sealed — is checked in full as before.
// Digests are taken over bytes, not strings: hashing a string encodes it to UTF-8 first, six times the cost.
import { createHash } from 'node:crypto';

const KEY = ',"integrity":"';
const DIGEST = /^[0-9a-f]{64}$/;
/** `,"integrity":"<64 hex>"}`: the fixed-length tail of a sealed object, all ASCII (one byte a character). */
const TAIL_LENGTH = KEY.length + 64 + 2;
const CLOSE = Buffer.from('}');
const OPEN_BRACE = 0x7b;

const digestOf = (...parts: Uint8Array[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** `data` as JSON (UTF-8), sealed with the digest of that JSON. */
export function sealedJson(data: object): Buffer {
  const json = Buffer.from(JSON.stringify(data));
  if (json[0] !== OPEN_BRACE || json.length < 3) return json; // not an object with a key to seal after
  return Buffer.concat([json.subarray(0, -1), Buffer.from(`${KEY}${digestOf(json)}"}`)]);
}

/**
 * The object `bytes` hold, without its seal, when the seal matches the rest; null when it is missing or does not
 * match (the caller then checks the content in full).
 */
export function unsealedJson(bytes: Buffer): Record<string, unknown> | null {
  if (bytes.length <= TAIL_LENGTH) return null;
  const bodyEnd = bytes.length - TAIL_LENGTH;
  const tail = bytes.toString('latin1', bodyEnd);
  const digest = tail.slice(KEY.length, -2);
  if (!tail.startsWith(KEY) || !tail.endsWith('"}') || !DIGEST.test(digest)) return null;
  if (digestOf(bytes.subarray(0, bodyEnd), CLOSE) !== digest) return null;
  try {
    return JSON.parse(`${bytes.toString('utf8', 0, bodyEnd)}}`) as Record<string, unknown>;
  } catch {
    return null;
  }
}
