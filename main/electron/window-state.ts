import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { JsonStore } from './json-store';

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
export const windowStateSchema = z.strictObject({ x: coordinate, y: coordinate, width: length, height: length, maximized: z.boolean() });
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_SIZE = { width: 1200, height: 800 };
export const MIN_SIZE = { width: 640, height: 480 };
/** How much of the window must lie on one display, with its top edge, for it to be grabbed and moved. */
const MIN_VISIBLE = { width: 120, height: 60 };

export interface InitialBounds {
  width: number;
  height: number;
  /** Absent when the saved position is off every display: the window is then centred. */
  x?: number;
  y?: number;
  maximized: boolean;
}

/**
 * Where to open the window, given the saved state and the work areas of the displays now attached. The saved
 * position is kept only if the window's top edge is still on a display (a monitor may have been unplugged);
 * the size is always kept, but shrunk to fit the largest display.
 */
export function restoreBounds(saved: WindowState | null, workAreas: Rectangle[]): InitialBounds {
  if (!saved) return { ...fitSize(DEFAULT_SIZE, workAreas), maximized: false };
  const size = fitSize(saved, workAreas);
  const placed = { x: saved.x, y: saved.y, ...size };
  if (!workAreas.some((area) => titleBarVisible(placed, area))) return { ...size, maximized: saved.maximized };
  return { ...placed, maximized: saved.maximized };
}

function fitSize(size: { width: number; height: number }, workAreas: Rectangle[]): { width: number; height: number } {
  const maxWidth = Math.max(MIN_SIZE.width, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_SIZE.height, ...workAreas.map((a) => a.height));
  return {
    width: Math.min(Math.max(size.width, MIN_SIZE.width), maxWidth),
    height: Math.min(Math.max(size.height, MIN_SIZE.height), maxHeight),
  };
}

function titleBarVisible(window: Rectangle, area: Rectangle): boolean {
  const overlapWidth = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const topInside = window.y >= area.y && window.y <= area.y + area.height - MIN_VISIBLE.height;
  return overlapWidth >= MIN_VISIBLE.width && topInside;
}

/**
 * Saves the window's bounds after it stops moving or resizing (debounced: these events fire continuously during
 * a drag) and once more when it closes. The normal bounds are saved, so un-maximising restores the old size.
 * The listeners live as long as the window.
 */
export function trackWindowState(win: BrowserWindow, save: (state: WindowState) => void, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const snapshot = (): WindowState => ({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => save(snapshot()), delayMs);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    save(snapshot());
  });
}

export const windowStateStore = (userData: string): JsonStore<WindowState> =>
  new JsonStore(path.join(userData, 'window-state.json'), windowStateSchema);
