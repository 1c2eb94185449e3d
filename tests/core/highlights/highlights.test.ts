import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../helpers/core';

const TEXT = 'Ferry Trial Begins\n\nThe harbour council approved a ferry route on Monday. "This is a good day," said councillor Ana Ruiz. The trial costs 2.4 million euros a year.';

async function setup() {
  const { core, call } = await openTestCore({ author: 'ann', now: () => new Date('2026-03-01T10:00:00Z') });
  const imported = await call('import.content', { name: 'ferry.txt', text: TEXT });
  return { core, call, articleId: imported.articleId! };
}

describe('highlights', () => {
  it('creates a highlight with author, times, normalised tags and structured fields', async () => {
    const { call, articleId } = await setup();
    const h = await call('highlights.create', {
      articleId,
      quote: '"This is a good day,"',
      kind: 'quote',
      tags: [' council ', 'Council', 'ferry'],
      note: ' first reaction ',
      fields: { speaker: 'Ana Ruiz', speakerRole: 'councillor', measures: '  ' },
    });
    expect(h).toMatchObject({ kind: 'quote', tags: ['council', 'ferry'], note: 'first reaction', fields: { speaker: 'Ana Ruiz', speakerRole: 'councillor' }, author: 'ann', createdAt: '2026-03-01T10:00:00.000Z' });
    expect(h.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows overlapping highlights', async () => {
    const { call, articleId } = await setup();
    await call('highlights.create', { articleId, quote: 'The trial costs 2.4 million euros a year.', kind: 'claim' });
    await call('highlights.create', { articleId, quote: '2.4 million euros', kind: 'figure' });
    expect((await call('articles.get', { id: articleId })).highlights.map((h) => h.kind)).toEqual(['claim', 'figure']);
  });

  it('creates by offsets and validates them against the body', async () => {
    const { call, articleId } = await setup();
    const body = (await call('articles.get', { id: articleId })).body;
    const start = body.indexOf('ferry route');
    const h = await call('highlights.create', { articleId, start, end: start + 11, kind: 'claim' });
    expect(h.target.quote.exact).toBe('ferry route');
    await expect(call('highlights.create', { articleId, start: 0, end: body.length + 10, kind: 'claim' })).rejects.toThrow(/outside the article/);
  });

  it('edits, deletes and restores (undo) a highlight', async () => {
    const { call, articleId } = await setup();
    const h = await call('highlights.create', { articleId, quote: 'approved a ferry route', kind: 'claim' });
    const edited = await call('highlights.update', { id: h.id, kind: 'figure', note: 'not a figure really', tags: ['x'] });
    expect(edited).toMatchObject({ kind: 'figure', note: 'not a figure really', tags: ['x'], createdAt: h.createdAt });
    const deleted = await call('highlights.delete', { id: h.id });
    expect((await call('articles.get', { id: articleId })).highlights).toEqual([]);
    await call('highlights.restore', { highlight: deleted });
    expect((await call('articles.get', { id: articleId })).highlights).toEqual([edited]);
    await expect(call('highlights.restore', { highlight: deleted })).rejects.toThrow('exists already');
  });

  it('refuses to restore a highlight whose text is not in the article', async () => {
    const { call, articleId } = await setup();
    const h = await call('highlights.create', { articleId, quote: 'approved a ferry route', kind: 'claim' });
    await call('highlights.delete', { id: h.id });
    const forged = { ...h, target: { ...h.target, quote: { ...h.target.quote, exact: 'something else entirely' } } };
    await expect(call('highlights.restore', { highlight: forged })).rejects.toThrow('no longer holds the text');
  });

  it('lists highlights by kind and tag, and counts tags', async () => {
    const { call, articleId } = await setup();
    await call('highlights.create', { articleId, quote: 'approved a ferry route', kind: 'claim', tags: ['ferry'] });
    await call('highlights.create', { articleId, quote: '2.4 million euros', kind: 'figure', tags: ['ferry', 'cost'] });
    expect((await call('highlights.list', { kind: 'figure' })).map((h) => h.target.quote.exact)).toEqual(['2.4 million euros']);
    expect((await call('highlights.list', { tag: 'ferry' })).length).toBe(2);
    expect(await call('tags.list', {})).toEqual([
      { tag: 'ferry', count: 2 },
      { tag: 'cost', count: 1 },
    ]);
  });

  it('reports unknown ids as NOT_FOUND', async () => {
    const { call } = await setup();
    await expect(call('highlights.update', { id: '00000000-0000-0000-0000-000000000000', note: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call('articles.get', { id: 'abcd' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
