import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { JsonStore } from '../../main/electron/json-store';
import { settingsSchema, settingsStore } from '../../main/electron/settings';
import { windowStateStore } from '../../main/electron/window-state';
import { tempDir } from '../helpers/temp-dir';

describe('JsonStore', () => {
  it('reads null until something is written, then what was written', async () => {
    const store = settingsStore(await tempDir());
    expect(await store.read()).toBeNull();
    await store.write({ lastNotebook: '/papers/nb' });
    expect(await store.read()).toEqual({ lastNotebook: '/papers/nb' });
  });

  it('reads a malformed or invalid file as null', async () => {
    const dir = await tempDir();
    const store = windowStateStore(dir);
    await writeFile(store.file, '{ not json');
    expect(await store.read()).toBeNull();
    await writeFile(store.file, JSON.stringify({ x: 'left', y: 0, width: 800, height: 600, maximized: false }));
    expect(await store.read()).toBeNull();
  });

  it('keeps the last of several quick writes', async () => {
    const store = settingsStore(await tempDir());
    for (let i = 0; i < 10; i++) void store.write({ lastNotebook: `/nb/${i}` });
    await store.flush();
    expect(JSON.parse(await readFile(store.file, 'utf8'))).toEqual({ lastNotebook: '/nb/9' });
  });

  it('creates the folder it writes into, and logs instead of throwing when it cannot write', async () => {
    const dir = await tempDir();
    const nested = settingsStore(path.join(dir, 'a', 'b'));
    await nested.write({});
    expect(await nested.read()).toEqual({});
    const blocked = path.join(dir, 'file');
    await writeFile(blocked, '');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await new JsonStore(path.join(blocked, 'settings.json'), settingsSchema).write({});
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
