import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, windowOptions } from '../../main/electron/window';
import { resetFakes } from './fake-electron';
import type { BrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const bounds = { width: 1000, height: 700, x: 50, y: 60, maximized: false };

describe('windowOptions', () => {
  it('spells out every security preference', () => {
    const { webPreferences } = windowOptions({ preload: '/app/dist/electron/preload.cjs', bounds, isDev: false });
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    });
  });

  it('allows DevTools only in development builds', () => {
    expect(windowOptions({ preload: 'p', bounds, isDev: false }).webPreferences?.devTools).toBe(false);
    expect(windowOptions({ preload: 'p', bounds, isDev: true }).webPreferences?.devTools).toBe(true);
  });

  it('uses the saved position when there is one, and centres the window otherwise', () => {
    expect(windowOptions({ preload: 'p', bounds, isDev: false })).toMatchObject({ x: 50, y: 60, width: 1000, height: 700 });
    const centred = windowOptions({ preload: 'p', bounds: { width: 900, height: 600, maximized: false }, isDev: false });
    expect(centred).toMatchObject({ center: true, width: 900, height: 600 });
    expect(centred).not.toHaveProperty('x');
  });

  it('stays hidden until the page is ready to show', () => {
    expect(windowOptions({ preload: 'p', bounds, isDev: false }).show).toBe(false);
  });
});

describe('createMainWindow', () => {
  beforeEach(resetFakes);

  it('guards the page before loading app://sourcebook/index.html', () => {
    const win = createMainWindow({ preload: 'p', bounds, isDev: false }) as unknown as BrowserWindow;
    expect(win.webContents.windowOpenHandler).not.toBeNull();
    expect(win.webContents.listenerCount('will-navigate')).toBe(1);
    expect(win.loadURL).toHaveBeenCalledWith('app://sourcebook/index.html');
  });

  it('shows the window, maximised if it was, once the page is ready', () => {
    const win = createMainWindow({ preload: 'p', bounds: { ...bounds, maximized: true }, isDev: false }) as unknown as BrowserWindow;
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });
});
