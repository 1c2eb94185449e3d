import path from 'node:path';
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

  it('limits a query to a set of refs sent once, and sends it again when the worker no longer has it', async () => {
    const engine = await WorkerEngine.open(path.join(await tempDir(), 'index'));
    try {
      const doc = (ref: string, body: string) => ({ ref, version: '1', language: 'en' as const, fields: { body } });
      await engine.update([doc('a:1', 'ferry ferry'), doc('a:2', 'ferry'), doc('a:3', 'ferry bus')], [], '');
      expect(await engine.query('ferry', { top: 1 })).toMatchObject({ refs: ['a:1'], total: 3 });
      const only = { key: 'f1', refs: new Set(['a:2', 'a:3']) };
      expect(await engine.query('ferry', { only })).toMatchObject({ refs: ['a:2', 'a:3'], total: 2 });
      expect(await engine.query('bus', { only })).toMatchObject({ refs: ['a:3'], total: 1 });
      // More sets than the worker keeps: the first is dropped there and sent again.
      for (let i = 2; i <= 6; i++) await engine.query('ferry', { only: { key: `f${i}`, refs: new Set(['a:1']) } });
      (engine as unknown as { sentFilters: { add(key: string, refs: Set<string>): void } }).sentFilters.add('f1', only.refs);
      expect(await engine.query('ferry', { only })).toMatchObject({ refs: ['a:2', 'a:3'], total: 2 });
    } finally {
      await engine.close();
    }
  });
});
