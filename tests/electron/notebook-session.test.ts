import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/errors';
import { createCore } from '../../main/core/index';
import type { Core } from '../../main/core/index';
import { NotebookSession } from '../../main/electron/notebook-session';
import { tempDir } from '../helpers/temp-dir';

const opened: Core[] = [];
const quietCore = async (dir: string): Promise<Core> => {
  const core = await createCore({ dir, log: { error: () => {} } });
  opened.push(core);
  return core;
};

afterEach(async () => {
  await Promise.all(opened.splice(0).map((core) => core.close()));
});

describe('NotebookSession', () => {
  it('answers that no notebook is open before the first open', async () => {
    const session = new NotebookSession(quietCore);
    expect(session.dir).toBeNull();
    expect(await session.dispatch('articles.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('dispatches to the open notebook and remembers its folder', async () => {
    const remember = vi.fn();
    const session = new NotebookSession(quietCore, remember);
    const dir = await tempDir();
    await session.open(dir);
    expect(session.dir).toBe(path.resolve(dir));
    expect(remember).toHaveBeenCalledWith(path.resolve(dir));
    expect(await session.dispatch('articles.list', {})).toEqual({ ok: true, value: [] });
  });

  it('switches notebooks: closes the old one, and events come from the new one only', async () => {
    const session = new NotebookSession(quietCore);
    await session.open(await tempDir());
    const first = opened[0]!;
    const closeFirst = vi.spyOn(first, 'close');
    const listener = vi.fn();
    session.onEvent(listener);
    await session.open(await tempDir());
    const second = opened[1]!;
    expect(closeFirst).toHaveBeenCalledOnce();
    first.notebook.changed({ articles: true });
    second.notebook.changed({ highlights: true });
    expect(listener.mock.calls).toEqual([['notebook.changed', { articles: false, highlights: true }]]);
  });

  it('keeps the open notebook when the new one fails to open', async () => {
    const failing = vi.fn(quietCore);
    const session = new NotebookSession(failing);
    const dir = await tempDir();
    await session.open(dir);
    failing.mockRejectedValueOnce(new ApiError('UNSUPPORTED', 'written by a newer Sourcebook'));
    await expect(session.open(await tempDir())).rejects.toThrow('newer Sourcebook');
    expect(session.dir).toBe(path.resolve(dir));
    expect(await session.dispatch('articles.list', {})).toEqual({ ok: true, value: [] });
  });

  it('does nothing when asked to open the notebook already open', async () => {
    const factory = vi.fn(quietCore);
    const session = new NotebookSession(factory);
    const dir = await tempDir();
    await session.open(dir);
    await session.open(`${dir}${path.sep}.`);
    expect(factory).toHaveBeenCalledOnce();
  });

  it('closes the notebook, after which calls and events stop', async () => {
    const session = new NotebookSession(quietCore);
    await session.open(await tempDir());
    const core = opened[0]!;
    const close = vi.spyOn(core, 'close');
    const listener = vi.fn();
    session.onEvent(listener);
    await session.close();
    expect(close).toHaveBeenCalledOnce();
    core.notebook.changed({ articles: true });
    expect(listener).not.toHaveBeenCalled();
    expect(await session.dispatch('articles.list', {})).toMatchObject({ ok: false });
  });
});
