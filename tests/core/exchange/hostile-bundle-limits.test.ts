// Absurd sizes and counts in a bundle, through the API as the app and the CLI merge it. The limits are lowered
// here (the real ones, main/core/exchange/limits.ts, are 100,000 articles, 1,000,000 highlights, 200,000 entries, 1 GB
// inflated, 512 MB on disk: a bundle past them takes a minute to make), so that every limit is reached in a test.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { ARTICLE_ONE, ARTICLE_THREE, ARTICLE_TWO, folderState, openNotebook, writeTemp } from './helpers';
import type { TestNotebook } from './helpers';
import type * as Limits from '../../../main/core/exchange/limits';

vi.mock('../../../main/core/exchange/limits', async (importOriginal) => {
  const actual = await importOriginal<typeof Limits>();
  const KB = 1024;
  return {
    ...actual,
    LIMITS: { ...actual.LIMITS, fileBytes: 1024 * KB, inflatedBytes: 300 * KB, entryBytes: 200 * KB, entries: 8, articles: 3, highlights: 4, tombstones: 2, annotations: 4 },
  };
});

type Entries = Record<string, Uint8Array>;
const text = (bytes: Uint8Array | undefined): string => Buffer.from(bytes!).toString('utf8');
/** A name the bundle reader accepts for a content file (content/<sha256>.json). */
const contentName = (i: number): string => `content/${i.toString(16).padStart(64, '0')}.json`;

let valid: Entries;
let target: TestNotebook;

beforeAll(async () => {
  const ana = await openNotebook('ana');
  const ids = [await ana.importText('ferry.txt', ARTICLE_ONE), await ana.importText('library.txt', ARTICLE_TWO)];
  await ana.call('highlights.create', { articleId: ids[0]!, kind: 'claim', quote: 'approved a ferry route' });
  await ana.call('highlights.create', { articleId: ids[1]!, kind: 'figure', quote: '4,200 people' });
  const file = path.join(await tempDir(), 'a.sourcebook');
  await ana.call('exchange.export', { format: 'bundle', path: file });
  valid = unzipSync(new Uint8Array(readFileSync(file)));
  target = await openNotebook('ben');
  const own = await target.importText('tram.txt', ARTICLE_THREE);
  await target.call('highlights.create', { articleId: own, kind: 'figure', quote: '310 million euros' });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the JSON freely to break it
function withCatalog(edit: (catalog: Record<string, any>) => void): Entries {
  const catalog = JSON.parse(text(valid['catalog.json']));
  edit(catalog);
  return { ...valid, 'catalog.json': strToU8(JSON.stringify(catalog)) };
}

/** Refused by the preview and the merge, in one line, from a path and as uploaded bytes; the notebook unchanged. */
async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<void> {
  const before = await folderState(target.dir);
  const file = await writeTemp('hostile.sourcebook', bytes);
  for (const method of ['exchange.mergePreview', 'exchange.merge'] as const) {
    for (const params of [{ path: file }, { name: 'hostile.sourcebook', dataBase64: Buffer.from(bytes).toString('base64') }]) {
      const result = await target.core.dispatch(method, params);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('BAD_REQUEST');
        expect(result.error.message).toMatch(message);
        expect(result.error.message).not.toContain('\n');
      }
    }
  }
  expect(await folderState(target.dir)).toEqual(before);
}

describe('a bundle past a size or count limit is refused with one line and leaves the notebook as it was', () => {
  it('sanity: the bundle within the limits merges', async () => {
    const fresh = await openNotebook('cat');
    const file = await writeTemp('ok.sourcebook', zipSync(valid));
    expect((await fresh.call('exchange.merge', { path: file })).highlights.new).toBe(2);
  });

  it('too many articles', () =>
    expectRefused(zipSync(withCatalog((c) => c.articles.push(...Array.from({ length: 3 }, () => c.articles[0])))), /catalog\.json is invalid at articles: .*<=3 items/));

  it('too many highlights', () =>
    expectRefused(zipSync(withCatalog((c) => c.highlights.push(...Array.from({ length: 3 }, () => c.highlights[0])))), /catalog\.json is invalid at highlights: .*<=4 items/));

  it('too many deletions', () =>
    expectRefused(
      zipSync(
        withCatalog((c) =>
          c.tombstones.push(
            ...['a', 'b', 'c'].map((x) => ({ id: `${x.repeat(8)}-0000-0000-0000-000000000000`, articleId: c.articles[0].id, revision: '2026-01-01T00:00:00.000Z', deletedAt: '2026-01-02T00:00:00.000Z' })),
          ),
        ),
      ),
      /catalog\.json is invalid at tombstones: .*<=2 items/,
    ));

  it('too many entries in the zip (counted as read, whatever the zip declares)', () =>
    expectRefused(zipSync({ ...valid, ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [contentName(i), strToU8('{}')])) }), /the bundle: more than 8 entries/));

  it('one entry that inflates past the limit for an entry', () =>
    expectRefused(zipSync({ ...valid, [contentName(1)]: [new Uint8Array(201 * 1024), { level: 9 }] }), /the bundle: the entry "content\/0+…" inflates to more than/));

  it('entries that each fit but together inflate past the limit for the whole bundle', () =>
    expectRefused(
      zipSync({ ...valid, [contentName(1)]: [new Uint8Array(150 * 1024), { level: 9 }], [contentName(2)]: [new Uint8Array(160 * 1024), { level: 9 }] }),
      /the bundle: it inflates to more than/,
    ));

  it('a file larger than the limit, refused before it is read', async () => {
    const file = path.join(await tempDir(), 'huge.sourcebook');
    await writeFile(file, new Uint8Array(1536 * 1024));
    const before = await folderState(target.dir);
    for (const method of ['exchange.mergePreview', 'exchange.merge'] as const) {
      const result = await target.core.dispatch(method, { path: file });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toBe('huge.sourcebook is 1.5 MB, more than the 1 MB limit');
      const uploaded = await target.core.dispatch(method, { name: 'huge.sourcebook', dataBase64: Buffer.alloc(1536 * 1024).toString('base64') });
      expect(uploaded.ok).toBe(false);
      if (!uploaded.ok) expect(uploaded.error.message).toBe('huge.sourcebook is 1.5 MB, more than the 1 MB limit');
    }
    expect(await folderState(target.dir)).toEqual(before);
  });
});
