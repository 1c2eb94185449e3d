import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { SECURITY_HEADERS } from './security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves the built renderer. Paths are resolved inside `root` and anything that escapes it is refused. */
export async function serveStatic(res: ServerResponse, root: string, urlPath: string): Promise<void> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return send(res, 400, 'Bad path');
  }
  if (relative.includes('\0')) return send(res, 400, 'Bad path');
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
  if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'Forbidden');
  const type = TYPES[path.extname(file)];
  try {
    if (!type || !(await stat(file)).isFile()) return send(res, 404, 'Not found');
    const body = await readFile(file);
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' });
    res.end(body);
  } catch {
    send(res, 404, 'Not found');
  }
}

export function send(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}
