import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../../shared/api';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { tempDir } from '../../helpers/temp-dir';

const ARTICLES: Record<string, string> = {
  ferry: 'Harbour Ferry Route Approved\n\nThe harbour council approved a ferry route to the islands. Islanders welcomed the ferry.',
  bus: 'Bus Link Loses Passengers\n\nThe island bus link carried fewer passengers this year, the operator said, blaming roadworks on the causeway.',
  budget: 'Council Budget Under Strain\n\nThe council budget faces a shortfall of 3 million euros; the ferry and the bus compete for money.',
  russian: 'Роскомнадзор ограничил звонки\n\nРоскомнадзор объявил об ограничении звонков в мессенджерах Telegram и WhatsApp в России.',
};

let core: Core;
let dir: string;
const ids: Record<string, string> = {};

async function call<M extends Method>(method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value as Result<M>;
}

const articleIds = async (q: string, extra: Partial<Input<'search.query'>> = {}) =>
  (await call('search.query', { q, ...extra })).hits.filter((h) => h.type === 'article').map((h) => Object.keys(ids).find((k) => ids[k] === h.articleId));

beforeAll(async () => {
  dir = await tempDir();
  core = await createCore({ dir, author: 'ann' });
  for (const [name, text] of Object.entries(ARTICLES)) ids[name] = (await call('import.content', { name: `${name}.txt`, text })).articleId!;
  await call('highlights.create', { articleId: ids.ferry!, quote: 'Islanders welcomed the ferry.', kind: 'quote', tags: ['reaction'], note: 'check with the mayor' });
  await call('highlights.create', { articleId: ids.budget!, quote: '3 million euros', kind: 'figure', tags: ['money'] });
});

describe('search', () => {
  it.each([
    ['ferry', ['ferry', 'budget']],
    ['+ferry +bus', ['budget']],
    ['bus -ferry', ['bus']],
    ['title:ferry', ['ferry']],
    ['ferri~1', ['ferry', 'budget']],
    ['pass*', ['bus']],
    ['causeway^10 island', ['bus', 'ferry']],
  ])('%s finds %j', async (q, expected) => {
    expect((await articleIds(q)).sort()).toEqual([...expected].sort());
  });

  it('ranks a title match above a body match', async () => {
    expect((await articleIds('ferry'))[0]).toBe('ferry');
  });

  it('finds highlights by their text, note, tags and kind, with the passage position', async () => {
    const result = await call('search.query', { q: 'mayor' });
    expect(result.hits).toHaveLength(1);
    const [hit] = result.hits;
    expect(hit).toMatchObject({ type: 'highlight', articleId: ids.ferry, kind: 'quote', field: 'note', snippet: 'check with the mayor' });
    expect(hit!.matches).toEqual([{ start: 15, end: 20 }]);
    const body = (await call('articles.get', { id: ids.ferry! })).body;
    expect(body.slice(hit!.position!.start, hit!.position!.end)).toBe('Islanders welcomed the ferry.');
    expect((await call('search.query', { q: 'tags:money' })).hits.map((h) => h.type)).toEqual(['highlight']);
    expect((await call('search.query', { q: 'kind:quote' })).total).toBe(1);
  });

  it('filters by kind and tag', async () => {
    expect(await articleIds('ferry', { kind: 'figure' })).toEqual(['budget']);
    const tagged = await call('search.query', { q: 'ferry', tag: 'reaction' });
    expect(tagged.hits.map((h) => [h.type, h.articleId])).toEqual(expect.arrayContaining([['highlight', ids.ferry], ['article', ids.ferry]]));
    expect(tagged.total).toBe(2);
  });

  it('pages through results', async () => {
    const all = await call('search.query', { q: 'council island ferry bus', limit: 100 });
    const page = await call('search.query', { q: 'council island ferry bus', limit: 1, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(page.hits.map((h) => h.articleId)).toEqual([all.hits[1]!.articleId]);
  });

  it('filters with what the notebook holds now, after a change', async () => {
    const before = await call('search.query', { q: 'ferry', kind: 'quote' });
    const h = await call('highlights.create', { articleId: ids.budget!, quote: 'ferry', kind: 'quote' });
    const after = await call('search.query', { q: 'ferry', kind: 'quote' });
    expect(after.total).toBe(before.total + 2); // the quote and its article
    await call('highlights.delete', { id: h.id });
    expect((await call('search.query', { q: 'ferry', kind: 'quote' })).total).toBe(before.total);
  });

  it('matches Cyrillic words and curly apostrophes', async () => {
    expect(await articleIds('Роскомнадзор')).toEqual(['russian']);
    expect(await articleIds('title:звонки')).toEqual(['russian']);
  });

  it.each([
    ['title:', /^Bad search query: /],
    ['nofield:x', /unrecognised field 'nofield'/],
    ['ferry^', /boost must be numeric/],
    ['ferry~9', /at most ~2 edits/],
    ['+', /^Bad search query: /],
  ])('answers the malformed query %j with a one-line BAD_QUERY', async (q, message) => {
    const envelope = await core.dispatch('search.query', { q });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('BAD_QUERY');
      expect(envelope.error.message).toMatch(message);
      expect(envelope.error.message).not.toContain('\n');
    }
  });

  it('is kept current on every change', async () => {
    expect(await articleIds('roadworks')).toEqual(['bus']);
    await call('articles.delete', { id: ids.bus! });
    expect(await articleIds('roadworks')).toEqual([]);
    ids.bus = (await call('import.content', { name: 'bus.txt', text: ARTICLES.bus! })).articleId!;
    expect(await articleIds('roadworks')).toEqual(['bus']);
  });

  it('is saved in the notebook and loaded, not rebuilt, on the next open', async () => {
    await core.close();
    const manifest = JSON.parse(await readFile(path.join(dir, 'index', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'sourcebook-index', version: 2 });
    expect(manifest.segments.length).toBeGreaterThan(0);
    core = await createCore({ dir });
    const stats = await core.notebook.search.stats();
    expect(core.notebook.search.current).toBe(true);
    expect(stats.documents).toBe(6);
    expect(await call('search.reindex', {})).toMatchObject({ wasCurrent: true, documents: 6 });
  });

  it('catches up when it does not match the data, and reindex says so', async () => {
    await core.close();
    await writeFile(path.join(dir, 'index', 'manifest.json'), 'not json at all');
    core = await createCore({ dir });
    await core.notebook.search.stats();
    expect(core.notebook.search.current).toBe(false);
    expect(await articleIds('roadworks')).toEqual(['bus']);
    expect(core.notebook.search.current).toBe(true);
    await core.close();
    await writeFile(path.join(dir, 'index', 'manifest.json'), '{"format":"sourcebook-index","version":2,"fingerprint":"x","segments":[],"dead":{}}');
    core = await createCore({ dir });
    expect(await call('search.reindex', {})).toMatchObject({ wasCurrent: false, documents: 6 });
    expect(await articleIds('roadworks')).toEqual(['bus']);
  });
});
