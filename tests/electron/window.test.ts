import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, windowFrame } from '../../main/electron/window';
import { resetFakes } from './fake-electron';
import type { BrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const bounds = { width: 1000, height: 700, x: 50, y: 60, maximized: false };

/** The options the window was created with. */
const created = (options: Parameters<typeof createMainWindow>[0]) => (createMainWindow(options) as unknown as BrowserWindow).options as unknown as ReturnType<typeof windowFrame> & {
  webPreferences: Record<string, unknown>;
};

describe('the window’s preferences', () => {
  beforeEach(resetFakes);

  it('spells out every security preference', () => {
    expect(created({ preload: '/app/dist/electron/preload.cjs', bounds, isDev: false }).webPreferences).toEqual({
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
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: false,
    });
  });

  it('allows DevTools only in development builds', () => {
    expect(created({ preload: 'p', bounds, isDev: false }).webPreferences.devTools).toBe(false);
    expect(created({ preload: 'p', bounds, isDev: true }).webPreferences.devTools).toBe(true);
  });

  it('uses the saved position when there is one, and centres the window otherwise', () => {
    expect(windowFrame(bounds)).toMatchObject({ x: 50, y: 60, width: 1000, height: 700 });
    const centred = windowFrame({ width: 900, height: 600, maximized: false });
    expect(centred).toMatchObject({ center: true, width: 900, height: 600 });
    expect(centred).not.toHaveProperty('x');
  });

  it('stays hidden until the page is ready to show', () => {
    expect(created({ preload: 'p', bounds, isDev: false }).show).toBe(false);
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
