import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/model';
import type { IndexDocument } from '../../../main/core/search/engine/build-segment';
import { InProcessEngine } from '../../../main/core/search/engine/search-engine';
import { SearchService } from '../../../main/core/search/search-service';
import type { SearchSource } from '../../../main/core/search/search-service';
import { tempDir } from '../../helpers/temp-dir';

const meta = (id: string): ArticleMeta => ({ id, title: `Ferry ${id}`, contentHash: id, lang: 'en', importedAt: '2026-01-01T00:00:00Z' }) as unknown as ArticleMeta;

/** A notebook of articles whose index updates take as long as `updateMs` says. */
async function setUp() {
  const articles = new Map<string, ArticleMeta>();
  const source: SearchSource = {
    fingerprint: () => String(articles.size),
    article: (id) => articles.get(id),
    highlight: () => undefined,
    highlightsOf: () => [],
    allArticles: () => articles.values(),
    allHighlights: () => [],
    body: async (id) => `The ferry sails from pier ${id}.`,
  };
  const engine = await InProcessEngine.open(await tempDir());
  const timing = { updateMs: 0 };
  const update = engine.update;
  engine.update = async (documents: IndexDocument[], removed: string[], fingerprint: string) => {
    await new Promise((resolve) => setTimeout(resolve, timing.updateMs));
    return update(documents, removed, fingerprint);
  };
  const service = new SearchService(engine, source);
  const add = (ids: string[]) => {
    for (const id of ids) articles.set(id, meta(id));
    service.changed({ articles: ids, highlights: [] });
  };
  return { service, add, timing };
}

const search = (service: SearchService) => service.search({ q: 'ferry', sort: 'relevance', limit: 20, offset: 0 });
const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `a${from + i}`);

describe('searching while a bulk change is indexed', () => {
  it('answers from the index as it is when a bulk change would keep it waiting, and says how much is pending', async () => {
    const { service, add, timing } = await setUp();
    add(ids(0, 10));
    expect((await search(service)).total).toBe(10);
    timing.updateMs = 1000;
    add(ids(10, 150));
    const started = performance.now();
    const early = await search(service);
    expect(performance.now() - started).toBeLessThan(800);
    expect(early).toMatchObject({ total: 10, pendingDocuments: 150 });
    await service.settle();
    const after = await search(service);
    expect(after.total).toBe(160);
    expect(after.pendingDocuments).toBeUndefined();
    await service.close();
  });

  it('always waits for a small change, however long it takes', async () => {
    const { service, add, timing } = await setUp();
    timing.updateMs = 300;
    add(ids(0, 3));
    expect(await search(service)).toEqual(expect.objectContaining({ total: 3 }));
    expect((await search(service)).pendingDocuments).toBeUndefined();
    await service.close();
  });
});
