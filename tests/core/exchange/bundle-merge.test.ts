import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';
import { ARTICLE_ONE, ARTICLE_THREE, ARTICLE_TWO, catalogState, folderState, openNotebook } from './helpers';
import type { TestNotebook } from './helpers';

async function exportBundle(nb: TestNotebook, params: { tag?: string; kind?: 'claim' | 'figure' | 'quote'; articleIds?: string[] } = {}): Promise<string> {
  const file = path.join(await tempDir(), 'notebook.sourcebook');
  await nb.call('exchange.export', { format: 'bundle', path: file, ...params });
  return file;
}

describe('bundle exchange between two notebooks', () => {
  it('ends identical and complete after both ways, and a second exchange changes nothing', async () => {
    const ana = await openNotebook('ana');
    const ben = await openNotebook('ben');
    const ferry = await ana.importText('ferry.txt', ARTICLE_ONE);
    const shared = {
      edited: await ana.call('highlights.create', { articleId: ferry, kind: 'quote', quote: '"This is a good day,"', tags: ['reaction'], fields: { speaker: 'Ana Ruiz' } }),
      deleted: await ana.call('highlights.create', { articleId: ferry, kind: 'figure', quote: '2.4 million euros a year' }),
      benOnly: await ana.call('highlights.create', { articleId: ferry, kind: 'figure', quote: '300 passengers a day' }),
      deletedVsEdited: await ana.call('highlights.create', { articleId: ferry, kind: 'claim', quote: 'double by 2028' }),
    };
    const first = await ben.call('exchange.merge', { path: await exportBundle(ana) });
    expect(first).toMatchObject({ applied: true, articles: { new: 1 }, highlights: { new: 4, conflicts: 0 } });

    // Both work independently for a week.
    const library = await ana.importText('library.txt', ARTICLE_TWO);
    const anaNew = await ana.call('highlights.create', { articleId: library, kind: 'figure', quote: '4,200 people' });
    await ana.call('highlights.update', { id: shared.edited.id, note: 'Ana: check the recording' });
    await ana.call('highlights.delete', { id: shared.deleted.id });
    await ana.call('highlights.delete', { id: shared.deletedVsEdited.id });
    const tram = await ben.importText('tram.txt', ARTICLE_THREE);
    const benNew = await ben.call('highlights.create', { articleId: tram, kind: 'quote', quote: '"Nobody is surprised,"' });
    await ben.call('highlights.update', { id: shared.edited.id, tags: ['reaction', 'council'] }); // later than Ana's edit
    await ben.call('highlights.update', { id: shared.benOnly.id, note: 'per day, not per week' });
    await ben.call('highlights.update', { id: shared.deletedVsEdited.id, note: 'still true?' }); // after Ana deleted it

    // Ana → Ben: a dry run first reports exactly what the merge then does.
    const anaBundle = await exportBundle(ana);
    const benBefore = await folderState(ben.dir);
    const preview = await ben.call('exchange.mergePreview', { path: anaBundle });
    expect(await folderState(ben.dir)).toEqual(benBefore);
    const atBen = await ben.call('exchange.merge', { path: anaBundle });
    expect(atBen).toEqual({ ...preview, applied: true });
    expect(atBen.articles).toMatchObject({ new: 1, unchanged: 1 });
    expect(atBen.highlights).toMatchObject({ new: 1, deleted: 1, conflicts: 2 });
    expect(atBen.deletions.map((d) => d.highlightId)).toEqual([shared.deleted.id]);
    expect(atBen.conflicts.map((c) => [c.type, c.highlightId, c.kept]).sort()).toEqual(
      [['deleted', shared.deletedVsEdited.id, 'here'], ['edited', shared.edited.id, 'here']].sort(),
    );

    // Ben → Ana.
    const atAna = await ana.call('exchange.merge', { path: await exportBundle(ben) });
    expect(atAna.articles).toMatchObject({ new: 1 });
    expect(atAna.highlights.new).toBe(1); // Ben's tram quote
    expect(atAna.conflicts.map((c) => [c.type, c.highlightId, c.kept])).toEqual([['deleted', shared.deletedVsEdited.id, 'incoming']]);

    expect(catalogState(ana)).toEqual(catalogState(ben));
    const state = catalogState(ana);
    expect(state.articles.map((a) => a.id).sort()).toEqual([ferry, library, tram].sort());
    const ids = state.highlights.map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining([shared.edited.id, shared.benOnly.id, shared.deletedVsEdited.id, anaNew.id, benNew.id]));
    expect(ids).not.toContain(shared.deleted.id);
    expect(state.tombstones.map((t) => t.id)).toEqual([shared.deleted.id]);

    // The later edit won; the other is in the history; authors and creation times are the original ones.
    const edited = state.highlights.find((h) => h.id === shared.edited.id)!;
    expect(edited).toMatchObject({ tags: ['reaction', 'council'], note: '', author: 'ana', createdAt: shared.edited.createdAt, updatedBy: 'ben' });
    expect(edited.history!.map((r) => [r.updatedBy, r.note])).toContainEqual(['ana', 'Ana: check the recording']);
    expect(state.highlights.find((h) => h.id === benNew.id)).toMatchObject({ author: 'ben', articleId: tram });

    // Second exchange, both ways: nothing at all changes, on disk either.
    const [anaFiles, benFiles] = [await folderState(ana.dir), await folderState(ben.dir)];
    const again = await ben.call('exchange.merge', { path: await exportBundle(ana) });
    const againBack = await ana.call('exchange.merge', { path: await exportBundle(ben) });
    for (const report of [again, againBack]) {
      expect(report.articles).toMatchObject({ new: 0, updated: 0, conflicts: 0 });
      expect(report.highlights).toMatchObject({ new: 0, updated: 0, conflicts: 0, deleted: 0 });
      expect(report.conflicts).toEqual([]);
    }
    expect(await folderState(ana.dir)).toEqual(anaFiles);
    expect(await folderState(ben.dir)).toEqual(benFiles);
  });

  it('merging the same bundle twice changes nothing the second time', async () => {
    const ana = await openNotebook('ana');
    const id = await ana.importText('ferry.txt', ARTICLE_ONE);
    await ana.call('highlights.create', { articleId: id, kind: 'claim', quote: 'approved a ferry route' });
    const bundle = await exportBundle(ana);
    const ben = await openNotebook('ben');
    await ben.call('exchange.merge', { path: bundle });
    const before = await folderState(ben.dir);
    const second = await ben.call('exchange.merge', { path: bundle });
    expect(second.highlights).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
    expect(await folderState(ben.dir)).toEqual(before);
  });

  it('round-trips bundle → notebook → bundle without losing anything', async () => {
    const ana = await openNotebook('ana');
    const id = await ana.importText('tram.txt', ARTICLE_THREE);
    const h = await ana.call('highlights.create', { articleId: id, kind: 'figure', quote: '310 million euros', tags: ['cost', 'tram'], note: 'was 250', fields: { measures: 'total cost' } });
    await ana.call('highlights.update', { id: h.id, note: 'was 250 in 2024' });
    await ana.call('articles.setIncludeRemoved', { id, include: true });
    const first = await exportBundle(ana);
    const ben = await openNotebook('ben');
    await ben.call('exchange.merge', { path: first });
    const second = await exportBundle(ben);
    const entries = (file: string) => unzipSync(new Uint8Array(readFileSync(file)));
    const [a, b] = [entries(first), entries(second)];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) if (name !== 'manifest.json') expect(Buffer.from(b[name]!).toString()).toBe(Buffer.from(a[name]!).toString());
    expect(catalogState(ben)).toEqual(catalogState(ana));
  });

  it('exports a selection by tag, kind or article', async () => {
    const ana = await openNotebook('ana');
    const ferry = await ana.importText('ferry.txt', ARTICLE_ONE);
    const library = await ana.importText('library.txt', ARTICLE_TWO);
    await ana.call('highlights.create', { articleId: ferry, kind: 'claim', quote: 'approved a ferry route', tags: ['transport'] });
    await ana.call('highlights.create', { articleId: ferry, kind: 'figure', quote: '300 passengers a day' });
    await ana.call('highlights.create', { articleId: library, kind: 'figure', quote: '4,200 people' });
    const count = async (params: Parameters<typeof exportBundle>[1]) => {
      const ben = await openNotebook('ben');
      const r = await ben.call('exchange.merge', { path: await exportBundle(ana, params) });
      return [r.articles.new, r.highlights.new];
    };
    expect(await count({ tag: 'transport' })).toEqual([1, 1]);
    expect(await count({ kind: 'figure' })).toEqual([2, 2]);
    expect(await count({ articleIds: [library.slice(0, 8)] })).toEqual([1, 1]);
    expect(await count({ kind: 'quote' })).toEqual([0, 0]);
  });

  it('merges a newer version of an article: versions are a union and highlights are carried to the current text', async () => {
    const ana = await openNotebook('ana');
    const id = await ana.importText('ferry.txt', ARTICLE_ONE);
    const h = await ana.call('highlights.create', { articleId: id, kind: 'figure', quote: '300 passengers a day' });
    const ben = await openNotebook('ben');
    await ben.call('exchange.merge', { path: await exportBundle(ana) });
    const benHighlight = await ben.call('highlights.create', { articleId: id, kind: 'claim', quote: 'double by 2028' });
    // Ana re-imports a corrected version of the article.
    const corrected = ARTICLE_ONE.replace('on Monday', 'on Monday evening');
    const result = await ana.call('import.content', { name: 'ferry.txt', text: corrected });
    expect(result.status).toBe('updated');

    const atBen = await ben.call('exchange.merge', { path: await exportBundle(ana) });
    expect(atBen.articles).toMatchObject({ updated: 1, versionsAdded: 1 });
    expect(atBen.highlights.carried).toBe(2); // both highlights Ben had on the old text moved to the new one
    expect(atBen.highlights).toMatchObject({ new: 0, conflicts: 0 }); // Ana's copy, carried by her, is the same
    const article = await ben.call('articles.get', { id });
    expect(article.versions).toHaveLength(2);
    expect(article.body).toContain('Monday evening');
    for (const x of article.highlights) expect(article.body.slice(x.target.position.start, x.target.position.end)).toBe(x.target.quote.exact);
    expect(article.highlights.map((x) => x.id).sort()).toEqual([h.id, benHighlight.id].sort());

    await ana.call('exchange.merge', { path: await exportBundle(ben) });
    expect(catalogState(ana)).toEqual(catalogState(ben));
  });

  it('converges when both imported the same article on their own, at different times', async () => {
    const ana = await openNotebook('ana');
    const ben = await openNotebook('ben');
    const id = await ana.importText('ferry.txt', ARTICLE_ONE);
    expect(await ben.importText('ferry-copy.txt', ARTICLE_ONE)).toBe(id); // ids come from the text
    await ana.call('highlights.create', { articleId: id, kind: 'claim', quote: 'approved a ferry route' });
    await ben.call('highlights.create', { articleId: id, kind: 'figure', quote: '300 passengers a day' });
    const atBen = await ben.call('exchange.merge', { path: await exportBundle(ana) });
    expect(atBen.articles).toMatchObject({ new: 0, updated: 1, versionsAdded: 0 }); // Ana imported it first
    await ana.call('exchange.merge', { path: await exportBundle(ben) });
    expect(catalogState(ana)).toEqual(catalogState(ben));
    expect(catalogState(ana).articles[0]).toMatchObject({ fileName: 'ferry.txt', versions: [{ fileName: 'ferry.txt' }] });
    expect(catalogState(ana).highlights).toHaveLength(2);
  });

  it('moves offsets when the other notebook shows the removed parts of the article and this one does not', async () => {
    const text = `${ARTICLE_ONE}\n\nSign up for our newsletter to get the news every morning.`;
    const ana = await openNotebook('ana');
    const id = await ana.importText('ferry.txt', text);
    const ben = await openNotebook('ben');
    await ben.call('exchange.merge', { path: await exportBundle(ana) });
    const shown = await ana.call('articles.setIncludeRemoved', { id, include: true });
    expect(shown.body.length).toBeGreaterThan((await ben.call('articles.get', { id })).body.length);
    const h = await ana.call('highlights.create', { articleId: id, kind: 'figure', quote: '300 passengers a day' });
    const report = await ben.call('exchange.merge', { path: await exportBundle(ana) });
    expect(report.highlights).toMatchObject({ new: 1, carried: 0 });
    const article = await ben.call('articles.get', { id });
    expect(article.includeRemoved).toBe(false); // a view setting: each keeps its own
    const [moved] = article.highlights;
    expect(moved!.id).toBe(h.id);
    expect(moved!.target.position.start).not.toBe(h.target.position.start);
    expect(article.body.slice(moved!.target.position.start, moved!.target.position.end)).toBe('300 passengers a day');
  });
});

describe('a merge against a notebook that changes meanwhile', () => {
  it('plans again, so an edit made while the merge runs is not written over', async () => {
    const ana = await openNotebook('ana');
    const id = await ana.importText('ferry.txt', ARTICLE_ONE);
    const h = await ana.call('highlights.create', { articleId: id, kind: 'claim', quote: 'approved a ferry route' });
    const ben = await openNotebook('ben');
    await ben.call('exchange.merge', { path: await exportBundle(ana) });
    await ana.call('highlights.update', { id: h.id, note: 'older edit' });
    const library = await ana.importText('library.txt', ARTICLE_TWO); // new content for Ben: the merge writes a file
    await ana.call('highlights.create', { articleId: library, kind: 'figure', quote: '4,200 people' });
    // Ben edits while his merge is writing its files.
    const content = ben.core.notebook.content;
    const putRaw = content.putRaw.bind(content);
    let edited = false;
    content.putRaw = async (hash, bytes) => {
      if (!edited) {
        edited = true;
        await ben.call('highlights.update', { id: h.id, note: 'newer edit' });
      }
      return putRaw(hash, bytes);
    };
    const report = await ben.call('exchange.merge', { path: await exportBundle(ana) });
    expect(edited).toBe(true);
    expect(report.conflicts.map((c) => [c.highlightId, c.kept])).toEqual([[h.id, 'here']]);
    expect((await ben.call('highlights.list', {})).find((x) => x.id === h.id)!.note).toBe('newer edit');
  });
});
