import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { API_CHANNEL, EVENT_CHANNEL } from '../../shared/api';
import { fail, ok } from '../../shared/errors';
import type { Envelope } from '../../shared/errors';
import type { FileDialogOptions } from '../../shared/bridge';
import { z } from 'zod';
import type { Dispatch } from '../core/index';
import { HOST_CHANNELS } from './channels';
import { isAppUrl } from './origin';

/** What the page may ask of a file dialog: a title, a suggested path and file types, nothing else. */
const dialogOptionsSchema = z.strictObject({
  title: z.string().max(200),
  defaultPath: z.string().max(4096).optional(),
  filters: z.array(z.strictObject({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[\w*]{1,16}$/)).max(20) })).max(20).optional(),
});

/** Native capabilities the bridge offers beside the core contract. */
export interface HostCapabilities {
  pickImportPaths(owner: BrowserWindow | null): Promise<string[]>;
  pickSavePath(owner: BrowserWindow | null, options: FileDialogOptions): Promise<string | null>;
  pickOpenPath(owner: BrowserWindow | null, options: FileDialogOptions): Promise<string | null>;
  /** @returns false when the URL was refused */
  openExternal(url: string): Promise<boolean>;
  /** The page in `sender` listens for opened bundles. @returns the bundle paths that were waiting for it */
  openBundleReady(sender: WebContents): string[];
}

export interface IpcOptions {
  /** The core's single entry point; it checks the method name and validates the params. */
  dispatch: Dispatch;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
  /** The windows that receive core events. */
  windows(): BrowserWindow[];
  host: HostCapabilities;
}

/**
 * The Electron transport: wiring only. Every handler first checks that the call comes from the main frame of our
 * own page (Electron security checklist #17), so a frame or page that got in some other way reaches nothing.
 * @returns a function that removes the handlers and stops forwarding events
 */
export function registerIpc(options: IpcOptions): () => void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, params: unknown) =>
    trusted(event) ? options.dispatch(method, params) : Promise.resolve(forbidden()),
  );
  ipcMain.handle(HOST_CHANNELS.pickImportPaths, async (event): Promise<Envelope<string[]>> => {
    if (!trusted(event)) return forbidden();
    return ok(await options.host.pickImportPaths(BrowserWindow.fromWebContents(event.sender)));
  });
  for (const [channel, pick] of [
    [HOST_CHANNELS.pickSavePath, options.host.pickSavePath],
    [HOST_CHANNELS.pickOpenPath, options.host.pickOpenPath],
  ] as const) {
    ipcMain.handle(channel, async (event, raw: unknown): Promise<Envelope<string | null>> => {
      if (!trusted(event)) return forbidden();
      const parsed = dialogOptionsSchema.safeParse(raw);
      if (!parsed.success) return fail('BAD_REQUEST', 'a file dialog takes {title, defaultPath?, filters?}');
      return ok(await pick(BrowserWindow.fromWebContents(event.sender), parsed.data));
    });
  }
  ipcMain.handle(HOST_CHANNELS.openExternal, async (event, url: unknown): Promise<Envelope<null>> => {
    if (!trusted(event)) return forbidden();
    if (typeof url !== 'string') return fail('BAD_REQUEST', 'openExternal takes a URL string');
    return (await options.host.openExternal(url)) ? ok(null) : fail('FORBIDDEN', 'Only http, https and mailto links can be opened');
  });
  ipcMain.handle(HOST_CHANNELS.openBundleReady, (event): Envelope<string[]> => {
    if (!trusted(event)) return forbidden();
    return ok(options.host.openBundleReady(event.sender));
  });
  const stopEvents = options.onEvent((name, payload) => {
    for (const win of options.windows()) {
      // Never push notebook data into a page that is not ours (the guards should make that impossible).
      if (!win.isDestroyed() && isAppUrl(win.webContents.getURL())) win.webContents.send(EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    for (const channel of [API_CHANNEL, ...Object.values(HOST_CHANNELS)]) ipcMain.removeHandler(channel);
    stopEvents();
  };
}

/** The sender is the main frame of a page on app://sourcebook. A frame that is gone by now is not trusted. */
export function trusted(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(frame.url);
  } catch {
    // WebFrameMain throws when its frame was disposed between the call and now.
    return false;
  }
}

const forbidden = (): Envelope<never> => fail('FORBIDDEN', 'IPC from an untrusted sender');
