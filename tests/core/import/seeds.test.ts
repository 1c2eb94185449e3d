import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../../shared/api';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { describeWithShared, SEEDS_DIR, seedFiles } from '../../helpers/shared-corpus';
import { tempDir } from '../../helpers/temp-dir';

async function call<M extends Method>(core: Core, method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as Result<M>;
}

describeWithShared('importing the seed articles', () => {
  let dir: string;
  let core: Core;
  const ids = new Map<string, string>(); // seed file name → article id

  beforeAll(async () => {
    dir = await tempDir('sourcebook-seeds-');
    core = await createCore({ dir, author: 'tester' });
    const results = await call(core, 'import.files', { paths: [SEEDS_DIR] });
    for (const r of results) if (r.articleId) ids.set(path.basename(r.file), r.articleId);
  });

  const article = (file: string) => call(core, 'articles.get', { id: ids.get(file)! });

  it('imports every seed', () => {
    expect(ids.size).toBe(seedFiles().length);
  });

  it('uses the headline as title where there is one, else the first sentence', async () => {
    expect((await article('001_03ce1607c6f8b11a.txt')).title).toBe("Telegram App to Refuse Russia's Data Demands");
    expect((await article('003_7b3f057024a4ecc6.txt')).title).toBe("Russia's FSB Tells Internet Firms to Hand Over User Data – The Bell");
    expect((await article('004_d2cf0806e174bbf2.txt')).title).toBe('Telegram under pressure to get official registration with Russian authorities');
    expect((await article('000_9a1f8590de2b113f.txt')).title).toMatch(/^Russia’s state media regulator has accused Telegram of failing/);
    expect((await article('002_88c200ffb1225efe.txt')).title).toMatch(/^On Wednesday, Russia’s communications watchdog, Roskomnadzor, announced/);
  });

  it('extracts the outlet and the date where the text gives them', async () => {
    for (const file of ['000_9a1f8590de2b113f.txt', '001_03ce1607c6f8b11a.txt', '003_7b3f057024a4ecc6.txt']) {
      expect((await article(file)).source).toBe('The Moscow Times');
    }
    const dated = await article('000_9a1f8590de2b113f.txt');
    expect([dated.date, dated.dateText]).toEqual(['2026-02-21', 'Saturday, February 21']);
  });

  it('keeps headline, credits and boilerplate out of the body but with the article', async () => {
    const a = await article('001_03ce1607c6f8b11a.txt');
    expect(a.body.startsWith('Popular Messaging App Pledges')).toBe(true);
    expect(a.body).toContain('60 percent of all Telegram downloads originate in Russia.');
    for (const furniture of ['Dado Ruvic / Reuters', 'Support The Moscow Times', 'newsletter', 'Dear readers', 'Remind me later']) {
      expect(a.body).not.toContain(furniture);
    }
    expect(a.removed.map((p) => p.text)).toEqual(expect.arrayContaining(['Dado Ruvic / Reuters', 'Dear readers,', "Telegram App to Refuse Russia's Data Demands"]));
  });

  it('preserves paragraphs', async () => {
    const a = await article('002_88c200ffb1225efe.txt');
    expect(a.body.split('\n\n')).toHaveLength(7);
  });

  it('does not make boilerplate searchable', async () => {
    for (const q of ['unprecedented', 'newsletter', 'maintenance', 'paiment', 'subscribers', '+disabled +ads', '+exit +mobile']) {
      const result = await call(core, 'search.query', { q });
      expect(result.total, q).toBe(0);
    }
  });

  it('finds the right articles', async () => {
    const found = async (q: string) => (await call(core, 'search.query', { q })).hits.map((h) => h.articleId).sort();
    expect(await found('Durov')).toEqual([ids.get('000_9a1f8590de2b113f.txt'), ids.get('004_d2cf0806e174bbf2.txt')].sort());
    expect(await found('WeChat')).toEqual([ids.get('001_03ce1607c6f8b11a.txt')]);
    expect(await found('+WhatsApp +encryption')).toEqual([ids.get('002_88c200ffb1225efe.txt')]);
    expect(await found('title:FSB')).toEqual([ids.get('003_7b3f057024a4ecc6.txt')]);
  });

  it('reports a second import of the same files as duplicates', async () => {
    const again = await call(core, 'import.files', { paths: [SEEDS_DIR] });
    expect(again.map((r) => r.status)).toEqual(seedFiles().map(() => 'duplicate'));
  });

  it('round-trips a highlight through a reopen, and finds it by its note', async () => {
    const id = ids.get('001_03ce1607c6f8b11a.txt')!;
    const created = await call(core, 'highlights.create', {
      articleId: id,
      quote: '6 million active Russian users',
      kind: 'figure',
      tags: ['users', 'Russia'],
      note: 'Compare with the Combot estimate',
    });
    await core.close();
    core = await createCore({ dir, author: 'tester' });
    const reopened = await call(core, 'articles.get', { id });
    expect(reopened.highlights).toEqual([created]);
    expect(reopened.body.slice(created.target.position.start, created.target.position.end)).toBe('6 million active Russian users');
    const hits = (await call(core, 'search.query', { q: 'Combot', kind: 'figure' })).hits;
    expect(hits.find((h) => h.type === 'highlight')?.highlightId).toBe(created.id);
  });

  it('restores the removed parts into the body and removes them again, moving highlights along', async () => {
    const id = ids.get('001_03ce1607c6f8b11a.txt')!;
    const [highlight] = (await call(core, 'articles.get', { id })).highlights;
    const restored = await call(core, 'articles.setIncludeRemoved', { id, include: true });
    expect(restored.body).toContain('Dear readers,');
    const moved = restored.highlights.find((h) => h.id === highlight!.id)!;
    expect(restored.body.slice(moved.target.position.start, moved.target.position.end)).toBe('6 million active Russian users');
    expect(moved.target.position.start).toBeGreaterThan(highlight!.target.position.start);
    const removedAgain = await call(core, 'articles.setIncludeRemoved', { id, include: false });
    expect(removedAgain.highlights.find((h) => h.id === highlight!.id)?.target).toEqual(highlight!.target);
  });
});

describe('without the shared corpus', () => {
  it('the seed tests announce that they were skipped (see the warning above when ../shared is absent)', () => {
    expect(typeof describeWithShared).toBe('function');
  });
});
