import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { START_URL } from './origin';
import { guardWebContents } from './web-guards';
import type { OpenLink } from './web-guards';
import { MIN_SIZE } from './window-state';
import type { InitialBounds } from './window-state';

export interface WindowOptions {
  preload: string;
  bounds: InitialBounds;
  /** Development build: DevTools can be opened. */
  isDev: boolean;
}

/**
 * The main window's options. Every security-relevant preference is spelled out rather than left to the
 * Electron version's defaults (style rule 4; Electron security checklist #2–#4, #8, #9): the page is an
 * untrusted web page with a narrow bridge, whatever content a notebook holds.
 */
export function windowOptions({ preload, bounds, isDev }: WindowOptions): BrowserWindowConstructorOptions {
  return {
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Sourcebook',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped outside the drop zone must not replace the app with file:// content.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: isDev,
    },
  };
}

/**
 * Creates the window, guards its page before anything loads, and loads the renderer. `openLink` receives the
 * http(s) links the page tries to navigate to or open.
 */
export function createMainWindow(options: WindowOptions, openLink?: OpenLink): BrowserWindow {
  const win = new BrowserWindow(windowOptions(options));
  guardWebContents(win.webContents, openLink);
  win.once('ready-to-show', () => {
    if (options.bounds.maximized) win.maximize();
    win.show();
  });
  win.loadURL(START_URL).catch((error: unknown) => console.error(`Could not load ${START_URL}`, error));
  return win;
}
