import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, EVENT_CHANNEL } from '../../shared/api';
import type { SourcebookBridge } from '../../shared/bridge';
import { HOST_CHANNELS, MENU_CHANNEL, OPEN_BUNDLE_CHANNEL } from '../../main/electron/channels';
import { contextBridge, ipcRenderer, webUtils } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** Every member of SourcebookBridge; the type below fails to compile if one is added and not listed here. */
const BRIDGE_MEMBERS = ['call', 'onEvent', 'onMenuCommand', 'pickImportPaths', 'pickSavePath', 'pickOpenPath', 'pathForFile', 'openExternal', 'onOpenBundle'] as const;
type Unlisted = Exclude<keyof SourcebookBridge, (typeof BRIDGE_MEMBERS)[number]>;
const everyMemberListed: [Unlisted] extends [never] ? true : false = true;

let bridge: SourcebookBridge;
let exposedAs: string[];

beforeAll(async () => {
  // The preload exposes the bridge as a side effect of loading, as in a real page.
  await import('../../main/electron/preload');
  exposedAs = Object.keys(contextBridge.exposed);
  bridge = contextBridge.exposed.sourcebook as SourcebookBridge;
});

beforeEach(() => {
  ipcRenderer.invoke.mockReset();
  ipcRenderer.removeAllListeners();
});

describe('preload', () => {
  it('exposes exactly the bridge methods as window.sourcebook, and nothing of ipcRenderer', () => {
    expect(everyMemberListed).toBe(true);
    expect(exposedAs).toEqual(['sourcebook']);
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_MEMBERS].sort());
    for (const member of Object.values(bridge)) expect(typeof member).toBe('function');
    expect(Object.values(bridge)).not.toContain(ipcRenderer.invoke);
  });

  it('invokes a contract method on the API channel', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    expect(await bridge.call('articles.list', {})).toEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(API_CHANNEL, 'articles.list', {});
  });

  it.each(['shell.openExternal', '__proto__', 'constructor', 'toString', ''])('refuses the method name %j without IPC', async (method) => {
    expect(await bridge.call(method, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers events without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const off = bridge.onEvent(listener);
    ipcRenderer.fromMain(EVENT_CHANNEL, 'notebook.changed', { articles: true, highlights: false });
    expect(listener).toHaveBeenCalledExactlyOnceWith('notebook.changed', { articles: true, highlights: false });
    off();
    ipcRenderer.fromMain(EVENT_CHANNEL, 'notebook.changed', {});
    expect(listener).toHaveBeenCalledOnce();
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
  });

  it('delivers known menu commands only', () => {
    const listener = vi.fn();
    const off = bridge.onMenuCommand(listener);
    ipcRenderer.fromMain(MENU_CHANNEL, 'find');
    ipcRenderer.fromMain(MENU_CHANNEL, 'rm -rf');
    expect(listener.mock.calls).toEqual([['find']]);
    off();
    expect(ipcRenderer.listenerCount(MENU_CHANNEL)).toBe(0);
  });

  it('asks main for the import paths', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: ['/papers/a.md'] });
    expect(await bridge.pickImportPaths()).toEqual(['/papers/a.md']);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(HOST_CHANNELS.pickImportPaths);
  });

  it('opens links through main, rejecting with main’s message when refused', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: null });
    await expect(bridge.openExternal('https://example.org')).resolves.toBeUndefined();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(HOST_CHANNELS.openExternal, 'https://example.org');
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'FORBIDDEN', message: 'Only http, https and mailto links can be opened' } });
    await expect(bridge.openExternal('file:///etc/passwd')).rejects.toThrow('Only http, https and mailto links can be opened');
  });

  it('delivers opened bundles: those waiting when it subscribes, then each new one, until unsubscribed', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: ['/downloads/launched-with.sourcebook'] });
    const listener = vi.fn();
    const off = bridge.onOpenBundle(listener);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(HOST_CHANNELS.openBundleReady);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledWith('/downloads/launched-with.sourcebook'));
    ipcRenderer.fromMain(OPEN_BUNDLE_CHANNEL, '/downloads/later.sourcebook');
    ipcRenderer.fromMain(OPEN_BUNDLE_CHANNEL, { path: 'not a string' });
    expect(listener.mock.calls).toEqual([['/downloads/launched-with.sourcebook'], ['/downloads/later.sourcebook']]);
    off();
    ipcRenderer.fromMain(OPEN_BUNDLE_CHANNEL, '/downloads/after.sourcebook');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(ipcRenderer.listenerCount(OPEN_BUNDLE_CHANNEL)).toBe(0);
  });

  it('delivers nothing waiting to a listener that unsubscribed before main answered, nor when main refused', async () => {
    let answer: (value: unknown) => void = () => {};
    ipcRenderer.invoke.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const listener = vi.fn();
    bridge.onOpenBundle(listener)();
    answer({ ok: true, value: ['/downloads/late.sourcebook'] });
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'FORBIDDEN', message: 'IPC from an untrusted sender' } });
    const other = vi.fn();
    bridge.onOpenBundle(other);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(listener).not.toHaveBeenCalled();
    expect(other).not.toHaveBeenCalled();
  });

  it('gives a dropped file’s path, or an empty string when it has none', () => {
    const file = { name: 'article.md' } as File;
    expect(bridge.pathForFile(file)).toBe('/dropped/article.md');
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(file);
    webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new TypeError('not a File');
    });
    expect(bridge.pathForFile({} as File)).toBe('');
  });
});
