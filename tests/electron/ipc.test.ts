import type { BrowserWindow as ElectronWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, EVENT_CHANNEL } from '../../shared/api';
import { createCore } from '../../main/core/index';
import type { Core } from '../../main/core/index';
import { HOST_CHANNELS } from '../../main/electron/channels';
import { registerIpc, trusted } from '../../main/electron/ipc';
import type { IpcOptions } from '../../main/electron/ipc';
import { tempDir } from '../helpers/temp-dir';
import { BrowserWindow, ipcMain, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** What Electron passes a handler for a call from `url` (a main frame unless a parent is given). */
const from = (url: string, parent: unknown = null, sender: unknown = {}) => ({ senderFrame: { url, parent }, sender });
const ours = from('app://sourcebook/index.html');

let core: Core;
let win: BrowserWindow;
let stop: () => void;

async function setUp(overrides: Partial<IpcOptions> = {}) {
  core = await createCore({ dir: await tempDir(), log: { error: () => {} } });
  win = new BrowserWindow();
  win.webContents.url = 'app://sourcebook/index.html';
  const host = {
    pickImportPaths: vi.fn(async () => ['/papers/a.md']),
    pickSavePath: vi.fn(async () => '/exports/notebook.sourcebook'),
    pickOpenPath: vi.fn(async () => null),
    openExternal: vi.fn(async (url: string) => url.startsWith('https:')),
    openBundleReady: vi.fn((_sender: unknown) => ['/downloads/team.sourcebook']),
  };
  stop = registerIpc({
    dispatch: core.dispatch,
    onEvent: (listener) => core.notebook.events.onAny(listener),
    windows: () => BrowserWindow.getAllWindows() as unknown as ElectronWindow[],
    host,
    ...overrides,
  });
  return host;
}

describe('registerIpc', () => {
  beforeEach(resetFakes);
  afterEach(async () => {
    stop();
    await core.close();
  });

  it('dispatches a call from our page to the core', async () => {
    await setUp();
    const envelope = await ipcMain.invoke(API_CHANNEL, ours, 'articles.list', {});
    expect(envelope).toEqual({ ok: true, value: [] });
  });

  it('reports unknown methods and invalid params as the core does', async () => {
    await setUp();
    expect(await ipcMain.invoke(API_CHANNEL, ours, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await ipcMain.invoke(API_CHANNEL, ours, 'articles.get', { id: '../../etc' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await ipcMain.invoke(API_CHANNEL, ours, { toString: () => 'articles.list' }, {})).toMatchObject({ error: { code: 'UNKNOWN_METHOD' } });
  });

  it.each([
    ['another origin', from('https://evil.example/')],
    ['a file:// page', from('file:///tmp/index.html')],
    ['a look-alike host', from('app://sourcebook.evil/index.html')],
    ['a subframe of our page', from('app://sourcebook/index.html', { url: 'app://sourcebook/index.html' })],
    ['a frame that is gone', { senderFrame: null, sender: {} }],
  ])('refuses calls from %s without reaching the core', async (_name, event) => {
    const dispatch = vi.fn();
    const host = await setUp({ dispatch });
    expect(await ipcMain.invoke(API_CHANNEL, event, 'articles.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ipcMain.invoke(HOST_CHANNELS.pickImportPaths, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ipcMain.invoke(HOST_CHANNELS.openExternal, event, 'https://example.org')).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await ipcMain.invoke(HOST_CHANNELS.openBundleReady, event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(host.pickImportPaths).not.toHaveBeenCalled();
    expect(host.openExternal).not.toHaveBeenCalled();
    expect(host.openBundleReady).not.toHaveBeenCalled();
  });

  it('forwards core events to our page, and stops when unregistered', async () => {
    await setUp();
    core.notebook.changed({ articles: true });
    expect(win.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'notebook.changed', { articles: true, highlights: false });
    stop();
    core.notebook.changed({ highlights: true });
    expect(win.webContents.send).toHaveBeenCalledOnce();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('sends no events to a window showing something else, or destroyed', async () => {
    await setUp();
    win.webContents.url = 'https://evil.example/';
    core.notebook.changed({ articles: true });
    win.webContents.url = 'app://sourcebook/index.html';
    win.destroyed = true;
    core.notebook.changed({ articles: true });
    expect(win.webContents.send).not.toHaveBeenCalled();
  });

  it('shows the import dialog on the calling window', async () => {
    const host = await setUp();
    const event = from('app://sourcebook/index.html', null, win.webContents);
    expect(await ipcMain.invoke(HOST_CHANNELS.pickImportPaths, event, 'ignored', 'arguments')).toEqual({ ok: true, value: ['/papers/a.md'] });
    expect(host.pickImportPaths).toHaveBeenCalledWith(win);
  });

  it('shows the save and open dialogs with checked options only, from our page only', async () => {
    const host = await setUp();
    const ours = from('app://sourcebook/index.html', null, win.webContents);
    const options = { title: 'Export', defaultPath: 'notebook.sourcebook', filters: [{ name: 'Bundle', extensions: ['sourcebook'] }] };
    expect(await ipcMain.invoke(HOST_CHANNELS.pickSavePath, ours, options)).toEqual({ ok: true, value: '/exports/notebook.sourcebook' });
    expect(host.pickSavePath).toHaveBeenCalledWith(win, options);
    expect(await ipcMain.invoke(HOST_CHANNELS.pickOpenPath, ours, { title: 'Merge' })).toEqual({ ok: true, value: null });
    for (const bad of [undefined, { title: 'x', properties: ['openDirectory'] }, { title: 'x', filters: [{ name: 'x', extensions: ['../x'] }] }]) {
      expect(await ipcMain.invoke(HOST_CHANNELS.pickSavePath, ours, bad)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    const theirs = from('https://evil.example/', null, win.webContents);
    expect(await ipcMain.invoke(HOST_CHANNELS.pickOpenPath, theirs, { title: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(host.pickSavePath).toHaveBeenCalledTimes(1);
  });

  it('hands our page the bundles opened before it listened', async () => {
    const host = await setUp();
    const event = from('app://sourcebook/index.html', null, win.webContents);
    expect(await ipcMain.invoke(HOST_CHANNELS.openBundleReady, event)).toEqual({ ok: true, value: ['/downloads/team.sourcebook'] });
    expect(host.openBundleReady).toHaveBeenCalledWith(win.webContents);
  });

  it('opens allowed links and refuses the rest', async () => {
    const host = await setUp();
    expect(await ipcMain.invoke(HOST_CHANNELS.openExternal, ours, 'https://example.org')).toEqual({ ok: true, value: null });
    expect(await ipcMain.invoke(HOST_CHANNELS.openExternal, ours, 'file:///etc/passwd')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ipcMain.invoke(HOST_CHANNELS.openExternal, ours, ['https://example.org'])).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(host.openExternal).toHaveBeenCalledTimes(2);
  });
});

describe('trusted', () => {
  it('is false when reading the frame throws (a disposed frame)', () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(trusted(event)).toBe(false);
  });
});
