import path from 'node:path';

/**
 * The renderer is served from this origin by our own protocol handler (never file://, which would give the page
 * the whole disk as its origin). IPC accepts calls only from a frame on it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sourcebook';
export const START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True for a well-formed URL on our app origin; false for anything else, including nonsense. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    // `origin` is "null" for non-special schemes in Node's URL, so compare the parts instead.
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}

export interface AppFiles {
  /** The bundled preload script. */
  preload: string;
  /** The built renderer (index.html and assets), served as app://sourcebook/. */
  renderer: string;
}

/**
 * Where the built files are, given `app.getAppPath()`: the project folder when started with `electron .`, or
 * `resources/app.asar` when packaged (Electron's fs reads inside the archive transparently).
 */
export function appFiles(appPath: string): AppFiles {
  return {
    preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    renderer: path.join(appPath, 'dist', 'renderer'),
  };
}
