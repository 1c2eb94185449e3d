// A JSON object followed, as its last key, by the digest of its own text without that key. Opening a notebook
// trusts a catalogue shard whose digest matches (it is byte for byte what Sourcebook wrote) instead of checking
// every field against the schema, which was a third of a cold open at 10,000 articles. A shard whose digest does
// not match — hand-edited, damaged, or written before shards were sealed — is checked in full as before.
import { createHash } from 'node:crypto';

const KEY = ',"integrity":"';
const DIGEST = /^[0-9a-f]{64}$/;
/** `,"integrity":"<64 hex>"}`: the fixed-length tail of a sealed object. */
const TAIL_LENGTH = KEY.length + 64 + 2;

const digestOf = (json: string): string => createHash('sha256').update(json).digest('hex');

/** `data` as JSON, sealed with the digest of that JSON. */
export function sealedJson(data: object): string {
  const json = JSON.stringify(data);
  if (!json.startsWith('{') || json === '{}') return json; // nothing to seal a key into
  return `${json.slice(0, -1)}${KEY}${digestOf(json)}"}`;
}

/**
 * The object `text` holds, without its seal, when the seal matches the rest of the text; null when it is
 * missing or does not match (the caller then checks the text in full).
 */
export function unsealedJson(text: string): Record<string, unknown> | null {
  if (text.length <= TAIL_LENGTH) return null;
  const tail = text.slice(-TAIL_LENGTH);
  const digest = tail.slice(KEY.length, -2);
  if (!tail.startsWith(KEY) || !tail.endsWith('"}') || !DIGEST.test(digest)) return null;
  const json = `${text.slice(0, -TAIL_LENGTH)}}`;
  if (digestOf(json) !== digest) return null;
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
}
