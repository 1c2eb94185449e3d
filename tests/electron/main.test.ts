// The app's lifecycle, run for real against the Electron double: start-up, IPC to a real notebook, the menu,
// switching notebooks, single instance, and closing the notebook before quitting.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { HOST_CHANNELS, OPEN_BUNDLE_CHANNEL } from '../../main/electron/channels';
import { API_CHANNEL } from '../../shared/api';
import type { NotebookStats } from '../../shared/model';
import { tempDir } from '../helpers/temp-dir';
import type * as FakeElectron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Fakes = typeof FakeElectron;
const ours = { senderFrame: { url: 'app://sourcebook/index.html', parent: null }, sender: {} };
const realPlatform = process.platform;
const realArgv = process.argv;
let fake: Fakes;
let home: string;

/** Loads main.ts afresh (it starts the app as a side effect) and waits until it has opened its window. */
async function launch(prepare: (fakes: Fakes) => void | Promise<void> = () => {}): Promise<Fakes> {
  vi.resetModules();
  // Through 'electron', to get the very double main.ts will get (the mock may outlive the module reset).
  fake = (await import('electron')) as unknown as Fakes;
  fake.resetFakes();
  fake.app.paths.userData = path.join(home, 'user-data');
  fake.app.appPath = path.join(home, 'app');
  // The core is loaded again for each launch but lunr is not, so it warns that our pipeline function is
  // registered twice: a side effect of reloading modules, not a problem of the app.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await prepare(fake);
  await import('../../main/electron/main');
  return fake;
}
/** Starting includes opening the notebook and its search worker thread: allow for a loaded machine. */
const WAIT = { timeout: 20_000 };
const started = () => vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1), WAIT);
const stats = async () => ((await fake.ipcMain.invoke(API_CHANNEL, ours, 'notebook.stats', {})) as { value: NotebookStats }).value;
const menuItem = (label: string): MenuItemConstructorOptions | undefined =>
  (fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[])
    .flatMap((menu) => (menu.submenu as MenuItemConstructorOptions[]) ?? [])
    .find((item) => item.label === label);
const settings = async () => JSON.parse(await readFile(path.join(home, 'user-data', 'settings.json'), 'utf8'));

beforeEach(async () => {
  home = await tempDir();
  // Every per-user folder the core may fall back to points into the temp dir.
  vi.stubEnv('HOME', home);
  vi.stubEnv('XDG_DATA_HOME', path.join(home, 'data'));
  vi.stubEnv('APPDATA', path.join(home, 'data'));
  vi.stubEnv('SOURCEBOOK_NOTEBOOK', '');
});

afterEach(async () => {
  Object.defineProperty(process, 'platform', { value: realPlatform });
  process.argv = realArgv;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  // Quit, so the notebook is closed before its temp folder goes.
  if (fake.BrowserWindow.instances.length && !fake.app.quitted) {
    fake.app.quit();
    await vi.waitFor(() => expect(fake.app.quitted).toBe(true), WAIT);
  }
});

describe('main', () => {
  it('registers the app scheme before ready, then serves the renderer and guards the session', async () => {
    await launch();
    await started();
    expect(fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(fake.app.whenReady.mock.invocationCallOrder[0]!);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
  });

  it('opens the default notebook, creates the hardened window and answers IPC from it', async () => {
    await launch();
    await started();
    const win = fake.BrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({ webPreferences: { preload: path.join(home, 'app', 'dist', 'electron', 'preload.cjs'), sandbox: true, contextIsolation: true, devTools: true } });
    expect(win.loadURL).toHaveBeenCalledWith('app://sourcebook/index.html');
    expect((await stats()).path).toBe(path.join(home, 'data', 'sourcebook', 'notebook'));
    await vi.waitFor(async () => expect(await settings()).toEqual({ lastNotebook: path.join(home, 'data', 'sourcebook', 'notebook') }), WAIT);
  });

  it('reopens the notebook that was open last', async () => {
    const last = path.join(home, 'papers');
    await mkdir(last);
    await writeFile(path.join(last, 'notebook.json'), JSON.stringify({ format: 'sourcebook-notebook', schemaVersion: 1, id: 'x', createdAt: '2026-01-01T00:00:00.000Z' }));
    await launch(async () => {
      await mkdir(path.join(home, 'user-data'), { recursive: true });
      await writeFile(path.join(home, 'user-data', 'settings.json'), JSON.stringify({ lastNotebook: last }));
    });
    await started();
    expect((await stats()).path).toBe(last);
  });

  it('opens the default notebook when the last one is open elsewhere, and says why', async () => {
    const last = path.join(home, 'papers');
    await mkdir(last);
    await writeFile(path.join(last, 'notebook.json'), JSON.stringify({ format: 'sourcebook-notebook', schemaVersion: 1, id: 'x', createdAt: '2026-01-01T00:00:00.000Z' }));
    // Held by a Sourcebook on another machine (a shared drive), alive: its lock is fresh.
    const lock = { pid: 4242, host: 'colleagues-laptop', holder: 'sourcebook serve', since: new Date().toISOString(), token: 'abc' };
    await writeFile(path.join(last, 'notebook.lock'), JSON.stringify(lock));
    await launch(async () => {
      await mkdir(path.join(home, 'user-data'), { recursive: true });
      await writeFile(path.join(home, 'user-data', 'settings.json'), JSON.stringify({ lastNotebook: last }));
    });
    await started();
    expect((await stats()).path).toBe(path.join(home, 'data', 'sourcebook', 'notebook'));
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalled(), WAIT);
    const shown = JSON.stringify(fake.dialog.showMessageBox.mock.calls[0]);
    expect(shown).toContain('instead');
    expect(shown).toContain('colleagues-laptop');
  });

  it('skips a remembered notebook that has gone instead of recreating it empty', async () => {
    const gone = path.join(home, 'unplugged-drive', 'notebook');
    await launch(async () => {
      await mkdir(path.join(home, 'user-data'), { recursive: true });
      await writeFile(path.join(home, 'user-data', 'settings.json'), JSON.stringify({ lastNotebook: gone }));
    });
    await started();
    expect((await stats()).path).toBe(path.join(home, 'data', 'sourcebook', 'notebook'));
  });

  it('tells the user and exits when no notebook can be opened', async () => {
    await writeFile(path.join(home, 'data'), 'a file where the data folder should be');
    await launch(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1), WAIT);
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('Sourcebook could not start', expect.any(String));
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('leaves a second instance to the first, which comes to the front', async () => {
    await launch((f) => void f.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();

    await launch();
    await started();
    const win = fake.BrowserWindow.instances[0]!;
    win.minimized = true;
    fake.app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('sends menu commands to the page', async () => {
    await launch();
    await started();
    (menuItem('Import…')?.click as () => void)();
    expect(fake.BrowserWindow.instances[0]!.webContents.send).toHaveBeenCalledWith('sourcebook:menu', 'import');
    expect(menuItem('Toggle Developer Tools')).toBeUndefined(); // roles have no label; dev-only items are roles
  });

  it('creates a new notebook from the menu and reloads the page on it', async () => {
    await launch();
    await started();
    const fresh = path.join(home, 'new-notebook');
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [fresh] });
    (menuItem('New Notebook…')?.click as () => void)();
    const win = fake.BrowserWindow.instances[0]!;
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled(), WAIT);
    expect((await stats()).path).toBe(fresh);
    await vi.waitFor(async () => expect((await settings()).lastNotebook).toBe(fresh), WAIT);
  });

  it('quits when the last window closes, except on macOS', async () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    await launch();
    await started();
    fake.BrowserWindow.instances[0]!.close();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).not.toHaveBeenCalled();
    fake.app.emit('activate');
    await vi.waitFor(() => expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1), WAIT);

    Object.defineProperty(process, 'platform', { value: 'linux' });
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalled();
  });

  it('closes the notebook before quitting, then quits', async () => {
    await launch();
    await started();
    fake.app.quit();
    expect(fake.app.quitted).toBe(false); // held back while the notebook closes
    await vi.waitFor(() => expect(fake.app.quitted).toBe(true), WAIT);
    expect(await fake.ipcMain.invoke(API_CHANNEL, ours, 'notebook.stats', {})).toMatchObject({ ok: false, error: { message: 'No notebook is open' } });
  });

  it('saves the window bounds when the window closes', async () => {
    await launch();
    await started();
    fake.BrowserWindow.instances[0]!.close();
    const file = path.join(home, 'user-data', 'window-state.json');
    await vi.waitFor(async () => expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false }), WAIT);
  });
});

describe('opening .sourcebook bundles from the system', () => {
  /** What the page does when it subscribes to onOpenBundle: asks for the bundles waiting for it. */
  const subscribe = async () => {
    const win = fake.BrowserWindow.getAllWindows()[0]!;
    const event = { senderFrame: ours.senderFrame, sender: win.webContents };
    return (await fake.ipcMain.invoke(HOST_CHANNELS.openBundleReady, event)) as { ok: boolean; value: string[] };
  };

  it('hands the page the bundle the app was started with (Windows, Linux)', async () => {
    await launch(() => void (process.argv = ['/opt/Sourcebook/sourcebook', 'team.sourcebook', '--no-sandbox']));
    await started();
    expect(await subscribe()).toEqual({ ok: true, value: [path.resolve('team.sourcebook')] });
    expect(await subscribe()).toEqual({ ok: true, value: [] }); // handed over once
  });

  it('sends a bundle opened later, through a second instance, to the page and brings the window to the front', async () => {
    await launch();
    await started();
    await subscribe();
    const win = fake.BrowserWindow.instances[0]!;
    win.minimized = true;
    fake.app.emit('second-instance', {}, ['C:\\Sourcebook\\Sourcebook.exe', '--allow-file-access-from-files', 'shared.sourcebook'], path.join(home, 'docs'));
    expect(win.webContents.send).toHaveBeenCalledWith(OPEN_BUNDLE_CHANNEL, path.join(home, 'docs', 'shared.sourcebook'));
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('takes macOS open-file events, even before ready, and opens a window for one when none is open', async () => {
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    // Launched by opening a bundle: macOS sends open-file between loading main.ts and ready.
    let ready: () => void = () => {};
    await launch((f) => void f.app.whenReady.mockReturnValue(new Promise<void>((resolve) => (ready = resolve))));
    const before = new fake.FakeEvent();
    fake.app.emit('open-file', before, '/Users/ana/Downloads/early.sourcebook');
    expect(before.defaultPrevented).toBe(true);
    ready();
    await started();
    expect((await subscribe()).value).toEqual(['/Users/ana/Downloads/early.sourcebook']);

    fake.BrowserWindow.instances[0]!.close();
    fake.app.emit('window-all-closed');
    fake.app.emit('open-file', new fake.FakeEvent(), '/Users/ana/Downloads/later.sourcebook');
    await vi.waitFor(() => expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1), WAIT);
    expect((await subscribe()).value).toEqual(['/Users/ana/Downloads/later.sourcebook']);
  });
});
