// The bridge the page sees as `window.sourcebook`. It runs sandboxed, so it is bundled (a sandboxed preload
// can require only a few Electron modules). It exposes one function per capability, never ipcRenderer or an
// IPC event (Electron context-isolation guide), and main validates everything again.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { API_CHANNEL, EVENT_CHANNEL, isMethod } from '../../shared/api';
import { MENU_COMMANDS } from '../../shared/bridge';
import type { MenuCommand, SourcebookBridge } from '../../shared/bridge';
import { fail } from '../../shared/errors';
import type { Envelope } from '../../shared/errors';
import { HOST_CHANNELS, MENU_CHANNEL, OPEN_BUNDLE_CHANNEL } from './channels';

/** Listens on `channel`, handing the listener the message's arguments but never the event (it leaks `sender`). */
function subscribe(channel: string, deliver: (...args: unknown[]) => void): () => void {
  const listener = (_event: IpcRendererEvent, ...args: unknown[]): void => deliver(...args);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

/** Calls a host channel; its Envelope becomes a value or a rejection with the one-line message. */
async function callHost<T>(channel: string, ...args: unknown[]): Promise<T> {
  const envelope = (await ipcRenderer.invoke(channel, ...args)) as Envelope<T>;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
}

const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);

const bridge = {
  call: (method, params) =>
    isMethod(method)
      ? (ipcRenderer.invoke(API_CHANNEL, method, params) as Promise<Envelope<unknown>>)
      : Promise.resolve(fail('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 80)}`)),
  onEvent: (listener) =>
    subscribe(EVENT_CHANNEL, (name, payload) => {
      if (typeof name === 'string') listener(name, payload);
    }),
  onMenuCommand: (listener) =>
    subscribe(MENU_CHANNEL, (command) => {
      if (isMenuCommand(command)) listener(command);
    }),
  pickImportPaths: () => callHost<string[]>(HOST_CHANNELS.pickImportPaths),
  pickSavePath: (options) => callHost<string | null>(HOST_CHANNELS.pickSavePath, options),
  pickOpenPath: (options) => callHost<string | null>(HOST_CHANNELS.pickOpenPath, options),
  pathForFile: (file) => {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return ''; // not a File from a drop or an <input>: it has no path
    }
  },
  openExternal: async (url) => {
    await callHost<null>(HOST_CHANNELS.openExternal, url);
  },
  onOpenBundle: (listener) => {
    let listening = true;
    const deliver = (file: unknown): void => {
      if (listening && typeof file === 'string') listener(file);
    };
    const stop = subscribe(OPEN_BUNDLE_CHANNEL, deliver);
    // Then ask for the bundles that arrived before anyone listened (the one the app was started with).
    callHost<unknown[]>(HOST_CHANNELS.openBundleReady).then(
      (waiting) => waiting.forEach(deliver),
      () => {},
    );
    return () => {
      listening = false;
      stop();
    };
  },
} satisfies SourcebookBridge;

contextBridge.exposeInMainWorld('sourcebook', bridge);
