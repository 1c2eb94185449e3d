import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta, Highlight } from '../../../shared/model';
import { Catalog } from '../../../main/core/storage/catalog';
import { prepareWrite } from '../../../main/core/storage/atomic-file';
import { tempDir } from '../../helpers/temp-dir';

const article = (id: string, title = 'A title'): ArticleMeta => ({
  id,
  title,
  source: null,
  author: null,
  date: null,
  dateText: null,
  url: null,
  lang: null,
  dir: null,
  excerpt: null,
  format: 'text',
  fileName: null,
  importedAt: '2026-01-01T00:00:00.000Z',
  contentHash: 'c'.repeat(64),
  sourceHash: `s-${id}`,
  bodyHash: `b-${id}`,
  words: 10,
  includeRemoved: false,
  warnings: [],
  versions: [{ contentHash: 'c'.repeat(64), sourceHash: `s-${id}`, bodyHash: `b-${id}`, importedAt: '2026-01-01T00:00:00.000Z', fileName: null, words: 10 }],
});

const highlight = (id: string, articleId: string): Highlight => ({
  id,
  articleId,
  kind: 'claim',
  tags: [],
  note: '',
  fields: {},
  author: 'ann',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'ann',
  target: {
    position: { type: 'TextPositionSelector', start: 0, end: 3 },
    quote: { type: 'TextQuoteSelector', exact: 'abc', prefix: '', suffix: '' },
  },
});

describe('Catalog', () => {
  it('persists articles and highlights across reopen, spread over shards by id', async () => {
    const dir = await tempDir();
    const catalog = await Catalog.open(dir);
    await catalog.commit([{ type: 'putArticle', article: article('aa000000-0000-0000-0000-000000000000') }, { type: 'putArticle', article: article('bb000000-0000-0000-0000-000000000000') }]);
    await catalog.commit([{ type: 'putHighlight', highlight: highlight('11111111-0000-0000-0000-000000000001', 'aa000000-0000-0000-0000-000000000000') }]);

    const reopened = await Catalog.open(dir);
    expect(reopened.articleCount).toBe(2);
    expect(reopened.highlightsOf('aa000000-0000-0000-0000-000000000000').map((h) => h.id)).toEqual(['11111111-0000-0000-0000-000000000001']);
    expect(reopened.articleWithHash('s-bb000000-0000-0000-0000-000000000000')?.id).toBe('bb000000-0000-0000-0000-000000000000');
    expect((await readdir(dir)).filter((f) => f.endsWith('.json')).sort()).toEqual(['aa.json', 'bb.json']);
  });

  it('saving a highlight rewrites only its own shard', async () => {
    const dir = await tempDir();
    const catalog = await Catalog.open(dir);
    await catalog.commit([{ type: 'putArticle', article: article('aa000000-0000-0000-0000-000000000000') }, { type: 'putArticle', article: article('bb000000-0000-0000-0000-000000000000') }]);
    const before = await readFile(path.join(dir, 'bb.json'), 'utf8');
    const fingerprint = catalog.fingerprint();
    await catalog.commit([{ type: 'putHighlight', highlight: highlight('11111111-0000-0000-0000-000000000001', 'aa000000-0000-0000-0000-000000000000') }]);
    expect(await readFile(path.join(dir, 'bb.json'), 'utf8')).toBe(before);
    expect(catalog.fingerprint()).not.toBe(fingerprint);
  });

  it('deleting an article deletes its highlights', async () => {
    const dir = await tempDir();
    const catalog = await Catalog.open(dir);
    await catalog.commit([{ type: 'putArticle', article: article('aa000000-0000-0000-0000-000000000000') }, { type: 'putHighlight', highlight: highlight('11111111-0000-0000-0000-000000000001', 'aa000000-0000-0000-0000-000000000000') }]);
    await catalog.commit([{ type: 'deleteArticle', id: 'aa000000-0000-0000-0000-000000000000' }]);
    expect(catalog.articleCount).toBe(0);
    expect(catalog.highlight('11111111-0000-0000-0000-000000000001')).toBeUndefined();
    expect((await Catalog.open(dir)).highlightCount).toBe(0);
  });

  it('finishes a multi-shard commit that was interrupted after its journal was written', async () => {
    const dir = await tempDir();
    const catalog = await Catalog.open(dir);
    await catalog.commit([{ type: 'putArticle', article: article('aa000000-0000-0000-0000-000000000000', 'old') }]);
    // Simulate a crash between the journal and the renames: new shard files prepared, journal on disk.
    const shard = (id: string, title: string) => ({ schemaVersion: 1, rev: 5, articles: { [id]: article(id, title) }, highlights: {} });
    const a = await prepareWrite(path.join(dir, 'aa.json'), JSON.stringify(shard('aa000000-0000-0000-0000-000000000000', 'new')));
    const b = await prepareWrite(path.join(dir, 'bb.json'), JSON.stringify(shard('bb000000-0000-0000-0000-000000000000', 'new')));
    const renames = [a, b].map((w) => ({ file: path.basename(w.file), tmp: path.basename(w.tmp) }));
    await writeFile(path.join(dir, 'journal.json'), JSON.stringify({ renames }));

    const reopened = await Catalog.open(dir);
    expect(reopened.article('aa000000-0000-0000-0000-000000000000')?.title).toBe('new');
    expect(reopened.article('bb000000-0000-0000-0000-000000000000')?.title).toBe('new');
    expect(await readdir(dir)).not.toContain('journal.json');
  });

  it('drops prepared files of a commit that never reached its journal', async () => {
    const dir = await tempDir();
    const catalog = await Catalog.open(dir);
    await catalog.commit([{ type: 'putArticle', article: article('aa000000-0000-0000-0000-000000000000', 'kept') }]);
    await prepareWrite(path.join(dir, 'aa.json'), JSON.stringify({ schemaVersion: 1, rev: 9, articles: {}, highlights: {} }));
    const reopened = await Catalog.open(dir);
    expect(reopened.article('aa000000-0000-0000-0000-000000000000')?.title).toBe('kept');
    expect((await readdir(dir)).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('refuses a corrupt shard with an error naming the file, and leaves it untouched', async () => {
    const dir = await tempDir();
    await (await Catalog.open(dir)).commit([{ type: 'putArticle', article: article('aa000000-0000-0000-0000-000000000000') }]);
    const file = path.join(dir, 'aa.json');
    await writeFile(file, '{"schemaVersion":1,"rev":2,"articles":{"x":');
    await expect(Catalog.open(dir)).rejects.toThrow(new RegExp(`${file.replace(/[/.]/g, '\\$&')} is corrupt`));
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion":1,"rev":2,"articles":{"x":');
  });

  it('seals each shard with its digest, and checks in full one whose seal does not match (hand-edited or older)', async () => {
    const dir = await tempDir();
    const id = 'aa000000-0000-0000-0000-000000000000';
    await (await Catalog.open(dir)).commit([{ type: 'putArticle', article: article(id) }]);
    const file = path.join(dir, 'aa.json');
    const sealed = await readFile(file, 'utf8');
    expect(sealed).toMatch(/,"integrity":"[0-9a-f]{64}"\}$/);
    expect((await Catalog.open(dir)).article(id)).toEqual(article(id));

    // Valid JSON of the wrong shape, the seal left as it was: refused, naming the file and the field.
    await writeFile(file, sealed.replace('"words":10', '"words":"ten"'));
    await expect(Catalog.open(dir)).rejects.toThrow(/aa\.json is corrupt \(articles\.aa000000-[^:]+\.words: /);

    // A hand edit that keeps the shape, and a shard written before seals: read after a full check.
    await writeFile(file, sealed.replace('"title":"A title"', '"title":"Edited"'));
    expect((await Catalog.open(dir)).article(id)?.title).toBe('Edited');
    await writeFile(file, JSON.stringify({ schemaVersion: 1, rev: 1, articles: { [id]: article(id) }, highlights: {} }));
    expect((await Catalog.open(dir)).article(id)).toEqual(article(id));
  });

  it('runs commits one at a time in call order', async () => {
    const dir = await tempDir();
    const catalog = await Catalog.open(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => catalog.commit([{ type: 'putArticle', article: article(`aa${String(i).padStart(6, '0')}-0000-0000-0000-000000000000`) }])));
    expect((await Catalog.open(dir)).articleCount).toBe(20);
  });
});
