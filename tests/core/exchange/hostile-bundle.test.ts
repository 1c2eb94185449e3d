import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, Zip, ZipPassThrough, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../../main/core/exchange/zip';
import { sha256 } from '../../../main/core/storage/content-store';
import { tempDir } from '../../helpers/temp-dir';
import { ARTICLE_ONE, ARTICLE_TWO, folderState, openNotebook, writeTemp } from './helpers';
import type { TestNotebook } from './helpers';

type Entries = Record<string, Uint8Array>;
const json = (value: unknown): Uint8Array => strToU8(JSON.stringify(value));
const text = (bytes: Uint8Array | undefined): string => Buffer.from(bytes!).toString('utf8');

let valid: Entries;
let target: TestNotebook;

beforeAll(async () => {
  const ana = await openNotebook('ana');
  const id = await ana.importText('ferry.txt', ARTICLE_ONE);
  await ana.call('highlights.create', { articleId: id, kind: 'claim', quote: 'approved a ferry route' });
  const file = path.join(await tempDir(), 'a.sourcebook');
  await ana.call('exchange.export', { format: 'bundle', path: file });
  valid = unzipSync(new Uint8Array(readFileSync(file)));
  // The notebook that receives the hostile bundles already has work of its own.
  target = await openNotebook('ben');
  const own = await target.importText('library.txt', ARTICLE_TWO);
  await target.call('highlights.create', { articleId: own, kind: 'figure', quote: '4,200 people' });
});

/** Edits the valid bundle's catalogue. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the JSON freely to break it
function withCatalog(edit: (catalog: Record<string, any>) => void): Entries {
  const catalog = JSON.parse(text(valid['catalog.json']));
  edit(catalog);
  return { ...valid, 'catalog.json': json(catalog) };
}

async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<void> {
  const before = await folderState(target.dir);
  const file = await writeTemp('hostile.sourcebook', bytes);
  for (const method of ['exchange.mergePreview', 'exchange.merge'] as const) {
    const result = await target.core.dispatch(method, { path: file });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.message).not.toContain('\n');
    }
  }
  expect(await folderState(target.dir)).toEqual(before);
}

describe('a hostile bundle is refused with one line and leaves the notebook exactly as it was', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['an entry that climbs out with ..', () => zipSync({ ...valid, '../../evil.json': json({}) }), /escapes its folder/],
    ['an absolute entry path', () => zipSync({ ...valid, '/etc/evil.json': json({}) }), /absolute path/],
    ['a drive path', () => zipSync({ ...valid, 'C:/evil.json': json({}) }), /absolute path/],
    ['a backslash in an entry name', () => zipSync({ ...valid, 'content\\evil.json': json({}) }), /backslash/],
    ['an unexpected entry', () => zipSync({ ...valid, 'run.sh': strToU8('rm -rf /') }), /unexpected entry "run\.sh"/],
    ['a duplicate entry', () => duplicateEntryZip(), /appears twice/],
    ['not a zip at all', () => strToU8('{"format":"sourcebook-bundle"}'), /zip/],
    ['a newer schema version', () => zipSync({ ...valid, 'manifest.json': json({ ...JSON.parse(text(valid['manifest.json'])), schemaVersion: 2 }) }), /newer Sourcebook \(bundle schema 2/],
    ['not a bundle manifest', () => zipSync({ ...valid, 'manifest.json': json({ format: 'something-else' }) }), /not a Sourcebook bundle/],
    ['a __proto__ key', () => zipSync({ ...valid, 'catalog.json': strToU8(text(valid['catalog.json']).replace('"articles":', '"__proto__":{"polluted":true},"articles":')) }), /forbidden key "__proto__"/],
    ['a constructor key inside a highlight', () => zipSync(withCatalog((c) => (c.highlights[0].fields = JSON.parse('{"constructor":{"prototype":{"x":1}}}')))), /forbidden key/],
    ['malformed JSON', () => zipSync({ ...valid, 'catalog.json': strToU8('{"articles": [') }), /not valid JSON/],
    ['a wrong type', () => zipSync(withCatalog((c) => (c.highlights[0].kind = 'opinion'))), /invalid at highlights\.0\.kind/],
    ['a field that is too long', () => zipSync(withCatalog((c) => (c.articles[0].title = 'x'.repeat(5000)))), /invalid at articles\.0\.title/],
    ['an unknown field', () => zipSync(withCatalog((c) => (c.articles[0].admin = true))), /invalid at articles\.0/],
    ['a duplicate highlight id', () => zipSync(withCatalog((c) => c.highlights.push({ ...c.highlights[0] }))), /highlight .* twice/],
    ['a duplicate article id', () => zipSync(withCatalog((c) => c.articles.push({ ...c.articles[0] }))), /article .* twice/],
    ['a highlight whose text is not in its article', () => zipSync(withCatalog((c) => (c.highlights[0].target.quote.exact = 'approved a tram route'))), /is not at \d+–\d+ in article/],
    ['a highlight of a missing article', () => zipSync(withCatalog((c) => (c.highlights[0].articleId = '00000000-0000-0000-0000-000000000000'))), /not in the bundle/],
    ['content that does not match its hash', () => zipSync(alterContent()), /does not match its hash/],
    ['missing content', () => zipSync(withoutContent()), /is missing from the bundle/],
    ['a current text that is not the last version', () => zipSync(withCatalog((c) => (c.articles[0].contentHash = 'f'.repeat(64)))), /not its last version/],
    ['an article id taken from another article', () => zipSync(withCatalog((c) => (c.articles[0].id = c.highlights[0].articleId = '0123abcd-0000-0000-0000-000000000000'))), /id does not come from the text/],
    ['an edit dated in the future (it would win every conflict)', () => zipSync(withCatalog((c) => (c.highlights[0].updatedAt = '9999-01-01T00:00:00.000Z'))), /update time .* is in the future/],
    ['a time in another form', () => zipSync(withCatalog((c) => (c.highlights[0].createdAt = 'yesterday'))), /creation time is not a time/],
    ['a tombstone dated in the future', () => zipSync(withCatalog((c) => c.tombstones.push({ id: 'aaaaaaaa-0000-0000-0000-000000000000', articleId: c.articles[0].id, revision: '9999-01-01T00:00:00.000Z', deletedAt: '2026-01-01T00:00:00.000Z' }))), /revision .* is in the future/],
    ['a zip bomb (an entry inflating past the limit)', () => zipSync({ ...valid, 'catalog.json': [new Uint8Array(257 * 1024 * 1024), { level: 1 }] }), /inflates to more than 256 MB/],
  ];
  for (const [name, make, message] of cases) it(name, () => expectRefused(make(), message));
});

describe('readZip limits', () => {
  it('counts entries and inflated bytes while reading, not as declared', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.txt`, strToU8('x')])));
    expect(() => readZip(many, 'test.zip', undefined, { entries: 10, entryBytes: 1e6, inflatedBytes: 1e6 })).toThrow(/more than 10 entries/);
    const big = zipSync({ 'a.txt': new Uint8Array(600_000), 'b.txt': new Uint8Array(600_000) });
    expect(() => readZip(big, 'test.zip', undefined, { entries: 10, entryBytes: 1e6, inflatedBytes: 1e6 })).toThrow(/inflates to more than/);
  });
});

function duplicateEntryZip(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of [...Object.entries(valid), ['catalog.json', valid['catalog.json']!] as const]) {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

function contentNames(): string[] {
  return Object.keys(valid).filter((n) => n.startsWith('content/'));
}

function alterContent(): Entries {
  const name = contentNames()[0]!;
  return { ...valid, [name]: strToU8(text(valid[name]).replace('ferry', 'tram!')) };
}

function withoutContent(): Entries {
  const copy = { ...valid };
  delete copy[contentNames()[0]!];
  return copy;
}

it('sanity: the unaltered bundle merges, and sha256 names its content', async () => {
  for (const name of contentNames()) expect(name).toBe(`content/${sha256(valid[name]!)}.json`);
  const fresh = await openNotebook('cat');
  const file = await writeTemp('ok.sourcebook', zipSync(valid));
  expect((await fresh.call('exchange.merge', { path: file })).highlights.new).toBe(1);
});
