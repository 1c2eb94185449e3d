import { describe, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../../../shared/api';
import { createCore } from '../../../../main/core/index';
import { WorkerEngine } from '../../../../main/core/search/engine/worker-engine';
import { closeAtEnd, tempDir } from '../../../helpers/temp-dir';

describe('search in a worker thread', () => {
  it('indexes, searches, reports bad queries and survives a reopen, off the main thread', async () => {
    const dir = await tempDir();
    let core = closeAtEnd(await createCore({ dir, searchEngine: (indexDir) => WorkerEngine.open(indexDir) }));
    const call = async <M extends Method>(method: M, params: Input<M>): Promise<Result<M>> => {
      const envelope = await core.dispatch(method, params);
      if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
      return envelope.value as Result<M>;
    };
    const { articleId } = await call('import.content', { name: 'a.txt', text: 'Ferry Route Approved\n\nThe harbour council approved a ferry route to the islands on Monday.' });
    expect((await call('search.query', { q: 'ferry' })).hits.map((h) => h.articleId)).toEqual([articleId]);
    await expect(call('search.query', { q: 'title:' })).rejects.toMatchObject({ code: 'BAD_QUERY' });
    await call('highlights.create', { articleId: articleId!, quote: 'approved a ferry route', kind: 'claim', note: 'check the vote count' });
    expect((await call('search.query', { q: 'vote' })).hits.map((h) => h.type)).toEqual(['highlight']);
    await core.close();

    core = closeAtEnd(await createCore({ dir, searchEngine: (indexDir) => WorkerEngine.open(indexDir) }));
    expect((await call('search.query', { q: 'ferry' })).total).toBe(2);
    expect((await call('notebook.stats', {})).index).toMatchObject({ documents: 2, current: true });
  });
});
