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

/** The main window's size, place and title (the security preferences are spelled out in createMainWindow). */
export function windowFrame(bounds: InitialBounds): BrowserWindowConstructorOptions {
  return {
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : { center: true }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Sourcebook',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
  };
}

/**
 * Creates the window, guards its page before anything loads, and loads the renderer. `openLink` receives the
 * http(s) links the page tries to navigate to or open.
 */
export function createMainWindow(options: WindowOptions, openLink?: OpenLink): BrowserWindow {
  // Every security-relevant preference is spelled out rather than left to the Electron version's defaults
  // (style rule 4; Electron security checklist #2-#4, #8, #9, #11): the page is treated as an untrusted web
  // page with a narrow bridge, whatever content a notebook holds. Written as a literal right here so that
  // reviewers and electronegativity (tests/security/electronegativity.ts) see exactly what the window gets.
  const win = new BrowserWindow({
    ...windowFrame(options.bounds),
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A middle click would open a link in a new window: the window-open handler refuses those anyway.
      disableBlinkFeatures: 'Auxclick',
      // A file dropped outside the drop zone must not replace the app with file:// content.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: options.isDev,
    },
  });
  guardWebContents(win.webContents, openLink);
  win.once('ready-to-show', () => {
    if (options.bounds.maximized) win.maximize();
    win.show();
  });
  win.loadURL(START_URL).catch((error: unknown) => console.error(`Could not load ${START_URL}`, error));
  return win;
}
