import { describe, expect, it } from 'vitest';
import { METHODS } from '../../../shared/api';
import { createDispatcher } from '../../../main/core/api/dispatch';
import type { Handlers } from '../../../main/core/api/handlers';
import { ApiError } from '../../../shared/errors';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const all = Object.fromEntries(METHODS.map((m) => [m, () => Promise.resolve(m)])) as unknown as Handlers;
  return { ...all, ...overrides };
}

describe('dispatch', () => {
  it('refuses unknown methods, including prototype names', async () => {
    const dispatch = createDispatcher(handlers());
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await dispatch(name, {})).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.stringMatching(/^Unknown method/) } });
    }
  });

  it('validates params before the handler runs', async () => {
    let ran = false;
    const dispatch = createDispatcher(handlers({ 'articles.get': () => ((ran = true), Promise.reject(new Error('no'))) }));
    for (const params of [{}, { id: 5 }, { id: '../../etc/passwd' }, { id: 'abcd', extra: 1 }, 'string', []]) {
      const result = await dispatch('articles.get', params);
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    expect(ran).toBe(false);
  });

  it('applies defaults and passes the parsed params', async () => {
    const dispatch = createDispatcher(handlers({ 'search.query': (p) => Promise.resolve({ total: p.limit, hits: [] }) }));
    expect(await dispatch('search.query', { q: 'x' })).toEqual({ ok: true, value: { total: 20, hits: [] } });
  });

  it('turns ApiErrors into their code and unexpected errors into INTERNAL, logged', async () => {
    const logged: string[] = [];
    const dispatch = createDispatcher(
      handlers({
        'tags.list': () => Promise.reject(new ApiError('CONFLICT', 'busy')),
        'notebook.stats': () => Promise.reject(new TypeError('x is undefined\n    at stack line')),
      }),
      { error: (message) => logged.push(message) },
    );
    expect(await dispatch('tags.list', {})).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'busy' } });
    expect(await dispatch('notebook.stats', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Internal error in notebook.stats: x is undefined' } });
    expect(logged).toEqual(['notebook.stats failed']);
  });
});
