import { describe, expect, it } from 'vitest';
import type { ArticleMeta, Highlight } from '../../../shared/model';
import { Catalog } from '../../../main/core/storage/catalog';
import { ContentStore, sha256 } from '../../../main/core/storage/content-store';
import { tempDir } from '../../helpers/temp-dir';

const ARTICLE = 'aa000000-0000-0000-0000-000000000000';
const meta = { id: ARTICLE, title: 't', source: null, author: null, date: null, dateText: null, url: null, lang: null, dir: null, excerpt: null, format: 'text', fileName: null, importedAt: '2026-01-01T00:00:00.000Z', contentHash: 'c'.repeat(64), sourceHash: 's', bodyHash: 'b', words: 1, includeRemoved: false, warnings: [], versions: [{ contentHash: 'c'.repeat(64), sourceHash: 's', bodyHash: 'b', importedAt: '2026-01-01T00:00:00.000Z', fileName: null, words: 1 }] } satisfies ArticleMeta;
const highlight: Highlight = {
  id: '11111111-0000-0000-0000-000000000001', articleId: ARTICLE, kind: 'claim', tags: [], note: '', fields: {}, author: 'ann',
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', updatedBy: 'ann',
  target: { position: { type: 'TextPositionSelector', start: 0, end: 3 }, quote: { type: 'TextQuoteSelector', exact: 'abc', prefix: '', suffix: '' } },
};

describe('Catalog tombstones', () => {
  it('records the deleted revision, persists it, and lifts it when the highlight is put back', async () => {
    const dir = await tempDir();
    const catalog = await Catalog.open(dir);
    await catalog.commit([{ type: 'putArticle', article: meta }, { type: 'putHighlight', highlight }]);
    await catalog.commit([{ type: 'deleteHighlight', id: highlight.id, deletedAt: '2026-01-03T00:00:00.000Z' }]);
    expect(catalog.tombstone(highlight.id)).toEqual({ id: highlight.id, articleId: ARTICLE, revision: highlight.updatedAt, deletedAt: '2026-01-03T00:00:00.000Z' });
    expect((await Catalog.open(dir)).tombstone(highlight.id)?.revision).toBe(highlight.updatedAt);
    await catalog.commit([{ type: 'putHighlight', highlight }]);
    expect(catalog.tombstone(highlight.id)).toBeUndefined();
    expect([...(await Catalog.open(dir)).allTombstones()]).toEqual([]);
  });

  it('records tombstones received from elsewhere', async () => {
    const catalog = await Catalog.open(await tempDir());
    await catalog.commit([{ type: 'putTombstone', tombstone: { id: 'x1234567', articleId: ARTICLE, revision: 'r', deletedAt: 'd' } }]);
    expect(catalog.tombstone('x1234567')?.revision).toBe('r');
  });
});

describe('ContentStore raw bytes', () => {
  it('keeps bytes exactly, and refuses bytes that do not match their hash or are not content', async () => {
    const store = new ContentStore(await tempDir());
    const bytes = new TextEncoder().encode('{"blocks":[{"text":"Hi","role":"body"}]}');
    await store.putRaw(sha256(bytes), bytes);
    expect(Buffer.from(await store.raw(sha256(bytes))).equals(Buffer.from(bytes))).toBe(true);
    await expect(store.putRaw('0'.repeat(64), bytes)).rejects.toThrow(/does not match/);
    const notContent = new TextEncoder().encode('{"nope":1}');
    await expect(store.putRaw(sha256(notContent), notContent)).rejects.toThrow(/corrupt/);
  });
});
