import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../http/security';
import { APP_HOST, APP_SCHEME } from './origin';

/** The renderer's file types. Anything else in dist/renderer is not served. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Makes app:// behave like https for the page: relative URLs resolve (standard), it counts as a secure context,
 * and fetch works. `corsEnabled` stays off: the page's own (same-origin) module scripts load without it, and
 * without it no other origin can read app:// responses. Must run before the app is ready, and only once.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer from `root` on app://sourcebook/ (after ready). */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root));
}

export type Resolution = { file: string; type: string } | { status: 400 | 403 | 404 };

/**
 * Maps a request URL to a file inside `root`, or to the status that refuses it. The URL parser already removes
 * `.`/`..` segments (also `%2e%2e`), but `..%2f`, backslashes and NUL only appear after decoding, so the decoded
 * path is checked again, then resolved and required to stay under `root`.
 */
export function resolveAppRequest(root: string, url: string): Resolution {
  let parsed: URL;
  let decoded: string;
  try {
    parsed = new URL(url);
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { status: 404 };
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  if (decoded.split('/').includes('..')) return { status: 403 };
  const base = path.resolve(root);
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep)) return { status: 403 };
  const type = TYPES[path.extname(file).toLowerCase()];
  return type ? { file, type } : { status: 404 };
}

/** The request handler behind app://: GET and HEAD of the renderer's files, each response carrying the CSP. */
export function createAppHandler(root: string): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const resolved = resolveAppRequest(root, request.url);
    if ('status' in resolved) return plain(resolved.status, resolved.status === 404 ? 'Not found' : 'Refused');
    const info = await stat(resolved.file).catch(() => null);
    if (!info?.isFile()) return plain(404, 'Not found');
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(resolved.file));
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': resolved.type, 'Cache-Control': 'no-cache' } });
  };
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
