// The desktop app's entry point: lifecycle only. Everything the notebook does goes through the core's dispatch;
// this file starts things, wires them together and closes them.
import { app, BrowserWindow, dialog, Menu, screen, session } from 'electron';
import { defaultNotebookDir } from '../core/default-location';
import { openForHost } from '../core/demo/first-run';
import { WorkerEngine } from '../core/search/engine/worker-engine';
import { MENU_CHANNEL } from './channels';
import { chooseOpenPath, chooseSavePath, pickImportPaths, showProblem } from './dialogs';
import { OPEN_EXTERNAL_SCHEMES, openExternalUrl } from './external-urls';
import { registerIpc } from './ipc';
import type { JsonStore } from './json-store';
import { buildMenuTemplate } from './menu';
import { folderProblem, startupCandidates, switchNotebook } from './notebook-folders';
import { NotebookSession } from './notebook-session';
import { bundlePathsFromArgv, OpenBundleQueue } from './open-bundles';
import { appFiles } from './origin';
import { registerAppScheme, serveRenderer } from './protocol';
import { settingsStore } from './settings';
import type { Settings } from './settings';
import { guardSession } from './web-guards';
import { createMainWindow } from './window';
import { restoreBounds, trackWindowState, windowStateStore } from './window-state';
import type { WindowState } from './window-state';

const APP_NAME = 'Sourcebook';
/** Closing flushes the search index; past this, quit anyway rather than hang on the way out. */
const CLOSE_TIMEOUT_MS = 10_000;

const isDev = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;
/** Opens the main window once the app has started (for a bundle opened while none is open, on macOS). */
let reopenWindow: (() => void) | null = null;
/** .sourcebook bundles the user opened from the system, on their way to the page's merge dialog. */
const openedBundles = new OpenBundleQueue();

registerAppScheme(); // must happen before ready

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one notebook would corrupt it: the first instance takes over.
  app.quit();
} else {
  // Windows and Linux: the bundle the app was started with is an argument; later ones reach this first
  // instance as the second instance's arguments. macOS: 'open-file', possibly before ready.
  openedBundles.open(bundlePathsFromArgv(process.argv.slice(1), process.cwd()));
  app.on('second-instance', (_event, argv: string[] | undefined, workingDirectory: string | undefined) => {
    openedBundles.open(bundlePathsFromArgv(argv?.slice(1) ?? [], workingDirectory ?? process.cwd()));
    focusMainWindow();
  });
  app.on('open-file', (event, file: string) => {
    event.preventDefault();
    openedBundles.open(bundlePathsFromArgv([file], process.cwd()));
    if (mainWindow) focusMainWindow();
    else reopenWindow?.();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(fatal);
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const files = appFiles(app.getAppPath());
  const settings = settingsStore(userData);
  const windowState = windowStateStore(userData);
  const saved: Settings = (await settings.read()) ?? {};
  const notebook = new NotebookSession(
    // The default notebook, opened for the very first time, starts as the demo notebook.
    (dir) => openForHost({ dir, searchEngine: (indexDir) => WorkerEngine.open(indexDir), firstRunDemo: dir === defaultNotebookDir() }),
    (dir) => void settings.write({ ...saved, lastNotebook: dir }),
  );

  serveRenderer(files.renderer);
  guardSession(session.defaultSession);
  await openFirstNotebook(notebook, saved.lastNotebook);
  registerIpc({
    dispatch: notebook.dispatch,
    onEvent: notebook.onEvent,
    windows: () => BrowserWindow.getAllWindows(),
    host: {
      pickImportPaths: (owner) => pickImportPaths(owner),
      pickSavePath: (owner, options) => chooseSavePath(owner, options),
      pickOpenPath: (owner, options) => chooseOpenPath(owner, options),
      openExternal: (url) => openExternalUrl(url, OPEN_EXTERNAL_SCHEMES),
      openBundleReady: (sender) => openedBundles.ready(sender),
    },
  });
  setMenu(notebook);
  const openWindow = (): Promise<void> => openMainWindow(files.preload, windowState);
  reopenWindow = () => {
    if (!mainWindow) void openWindow().catch(fatal);
  };
  // macOS keeps the app running without windows; clicking the dock icon brings one back.
  app.on('activate', reopenWindow);
  closeBeforeQuit([() => notebook.close(), () => settings.flush(), () => windowState.flush()]);
  await openWindow();
}

/** Opens the first usable notebook of the start-up candidates. @throws the last failure when none opens */
async function openFirstNotebook(notebook: NotebookSession, lastNotebook: string | undefined): Promise<void> {
  const defaultDir = defaultNotebookDir();
  let lastError: unknown = new Error('no notebook folder to open');
  const passedOver: string[] = [];
  for (const dir of startupCandidates({ env: process.env, lastNotebook, defaultDir })) {
    // A remembered folder that has gone (unmounted drive, deleted) is skipped, not recreated empty.
    if (dir !== defaultDir && (await folderProblem(dir, 'open')) !== null) continue;
    try {
      await notebook.open(dir);
      // Say why another notebook than the usual one is open (e.g. it is open in another Sourcebook).
      if (passedOver.length > 0) void showProblem(null, `Opened ${dir} instead`, passedOver.join('\n'));
      return;
    } catch (error) {
      console.error(`Could not open the notebook in ${dir}`, error);
      passedOver.push((error as Error).message.split('\n')[0]!);
      lastError = error;
    }
  }
  throw lastError;
}

async function openMainWindow(preload: string, store: JsonStore<WindowState>): Promise<void> {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = restoreBounds(await store.read(), workAreas);
  if (mainWindow) return focusMainWindow(); // another activate won the race while the state was read
  const win = createMainWindow({ preload, bounds, isDev });
  trackWindowState(win, (state) => void store.write(state));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function setMenu(notebook: NotebookSession): void {
  const switchTo = (purpose: 'new' | 'open') => () =>
    void switchNotebook(purpose, { owner: mainWindow, session: notebook, reload: () => mainWindow?.webContents.reload() }).catch(
      (error: unknown) => console.error(`${purpose} notebook failed`, error),
    );
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev,
    appName: APP_NAME,
    actions: {
      newNotebook: switchTo('new'),
      openNotebook: switchTo('open'),
      send: (command) => mainWindow?.webContents.send(MENU_CHANNEL, command),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Quitting waits for `tasks` (closing the notebook flushes its search index; pending settings are written).
 * Electron does not wait for async work in 'will-quit', so the first quit is cancelled and repeated when done.
 */
function closeBeforeQuit(tasks: Array<() => Promise<void>>): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    const timeout = new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS));
    void Promise.race([Promise.allSettled(tasks.map((task) => task())), timeout]).then(() => {
      state = 'closed';
      app.quit();
    });
  });
}

function fatal(error: unknown): void {
  console.error(error);
  const message = String((error as Error)?.message ?? error).split('\n')[0]!;
  dialog.showErrorBox(`${APP_NAME} could not start`, message);
  app.exit(1);
}
