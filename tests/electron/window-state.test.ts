import type { BrowserWindow as ElectronWindow } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, restoreBounds, trackWindowState } from '../../main/electron/window-state';
import type { WindowState } from '../../main/electron/window-state';
import { BrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };
const saved = (fields: Partial<WindowState>): WindowState => ({ x: 100, y: 80, width: 1100, height: 750, maximized: false, ...fields });

describe('restoreBounds', () => {
  it('opens a first window at the default size, centred', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('restores a window that is still on a display', () => {
    expect(restoreBounds(saved({}), [laptop])).toEqual({ x: 100, y: 80, width: 1100, height: 750, maximized: false });
    expect(restoreBounds(saved({ x: 2000, y: 200 }), [laptop, rightMonitor])).toMatchObject({ x: 2000, y: 200 });
  });

  it('centres a window whose display is gone, keeping its size and maximised state', () => {
    const restored = restoreBounds(saved({ x: 2000, y: 200, maximized: true }), [laptop]);
    expect(restored).toEqual({ width: 1100, height: 750, maximized: true });
  });

  it('centres a window whose title bar is off screen', () => {
    expect(restoreBounds(saved({ y: -400 }), [laptop])).not.toHaveProperty('y');
    expect(restoreBounds(saved({ y: 880 }), [laptop])).not.toHaveProperty('y');
    expect(restoreBounds(saved({ x: -1050 }), [laptop])).not.toHaveProperty('x'); // 50 px showing is too little to grab
  });

  it('shrinks a window larger than any display and grows one below the minimum', () => {
    expect(restoreBounds(saved({ width: 5000, height: 3000 }), [laptop])).toMatchObject({ width: 1440, height: 900 });
    expect(restoreBounds(saved({ width: 100, height: 50 }), [laptop])).toMatchObject(MIN_SIZE);
  });
});

describe('trackWindowState', () => {
  afterEach(() => vi.useRealTimers());

  it('saves once after moving and resizing stop', () => {
    vi.useFakeTimers();
    const win = new BrowserWindow();
    const save = vi.fn();
    trackWindowState(win as unknown as ElectronWindow, save, 500);
    // A drag fires many events; only the last position is saved, after a pause.
    for (let i = 0; i < 20; i++) win.emit(i % 2 ? 'move' : 'resize');
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    win.normalBounds = { x: 5, y: 6, width: 800, height: 600 };
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 5, y: 6, width: 800, height: 600, maximized: false });
  });

  it('saves the normal bounds and the maximised flag at once on close', () => {
    vi.useFakeTimers();
    const win = new BrowserWindow();
    const save = vi.fn();
    trackWindowState(win as unknown as ElectronWindow, save, 500);
    win.maximized = true;
    win.emit('maximize');
    win.close();
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledOnce(); // the pending debounced save was dropped
  });
});
