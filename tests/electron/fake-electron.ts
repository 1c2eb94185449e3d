// A test double for the `electron` module: the parts main/electron uses, recording what they are asked to do.
// Test files install it with `vi.mock('electron', () => import('./fake-electron'))` and call resetFakes() between
// tests. Behaviour is kept to what the code relies on (events, handlers, window state); nothing is drawn.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron event: records preventDefault, carries whatever fields the real one has (url, isMainFrame…). */
export class FakeEvent {
  defaultPrevented = false;
  [field: string]: unknown;
  constructor(fields: Record<string, unknown> = {}) {
    Object.assign(this, fields);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export type WindowOpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends EventEmitter {
  url = '';
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly send = vi.fn();
  readonly reload = vi.fn();
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  /** Emits `name` with a fresh FakeEvent and returns it, to check whether a handler prevented it. */
  fire(name: string, fields: Record<string, unknown> = {}): FakeEvent {
    const event = new FakeEvent(fields);
    this.emit(name, event);
    return event;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows = (): BrowserWindow[] => BrowserWindow.instances.filter((w) => !w.destroyed);
  static fromWebContents = (contents: unknown): BrowserWindow | null => BrowserWindow.instances.find((w) => w.webContents === contents) ?? null;

  readonly webContents = new FakeWebContents();
  destroyed = false;
  maximized = false;
  minimized = false;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url;
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
  }
  isDestroyed = (): boolean => this.destroyed;
  isMaximized = (): boolean => this.maximized;
  isMinimized = (): boolean => this.minimized;
  getNormalBounds = () => ({ ...this.normalBounds });
  /** What the user closing the window does: 'close', then 'closed'. */
  close(): void {
    this.emit('close', new FakeEvent());
    this.destroyed = true;
    this.webContents.emit('destroyed');
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'sourcebook';
  appPath = '/fake/app';
  paths: Record<string, string> = {};
  /** True once a quit went through (no will-quit handler prevented it). */
  quitted = false;
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly getPath = vi.fn((name: string) => this.paths[name] ?? `/fake/${name}`);
  readonly getAppPath = vi.fn(() => this.appPath);
  readonly exit = vi.fn();
  /** Like Electron: 'will-quit' first, and a handler may cancel the quit. */
  readonly quit = vi.fn(() => {
    const event = new FakeEvent();
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  });
}
export const app = new FakeApp();

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => void ipcMain.handlers.set(channel, handler)),
  removeHandler: vi.fn((channel: string) => void ipcMain.handlers.delete(channel)),
  /** What ipcRenderer.invoke from a page would do: run the channel's handler with `event`. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  },
};

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null }));
  /** A message from main: listeners get an IPC event first, as in Electron. */
  fromMain(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: 'the ipcRenderer a page must never get' }, ...args);
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld: vi.fn((key: string, api: unknown) => void (contextBridge.exposed[key] = api)),
};
export const webUtils = { getPathForFile: vi.fn((_file: unknown) => '/dropped/article.md') };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const shell = { openExternal: vi.fn(async (_url: string) => {}) };
export const session = {
  defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
};
export const screen = { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) };
export const Menu = { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() };
export const dialog = {
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn(),
};

/** Back to a fresh Electron: no windows, handlers, listeners or recorded calls. */
export function resetFakes(): void {
  vi.resetAllMocks(); // also drops one-off implementations; each vi.fn keeps the one it was made with
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  contextBridge.exposed = {};
  ipcRenderer.removeAllListeners();
  app.removeAllListeners();
  Object.assign(app, { isPackaged: false, appPath: '/fake/app', paths: {}, quitted: false });
}
