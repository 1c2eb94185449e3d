import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '../core/index';
import { hostAllowed, originAllowed, SECURITY_HEADERS, tokenMatches } from './security';
import { send, serveStatic } from './static-files';

export interface ServerOptions {
  core: Core;
  /** 0 picks a free port. */
  port: number;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** Fixed token for tests; random otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Requests bigger than this are refused before they are read: an upload of one document. */
const MAX_BODY_BYTES = 80 * 1024 * 1024;

/**
 * The browser mode: the renderer and the API on 127.0.0.1 only. Every API call carries the per-run token in a
 * header; Host and Origin are checked, and no CORS headers are ever sent, so no other page or process can drive it.
 *   POST /api/<method>  JSON params → JSON envelope (the same dispatch as IPC and the CLI)
 *   GET  /api/events    server-sent events: {"name": …, "payload": …}
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = path.resolve(options.staticDir);
  const streams = new Set<ServerResponse>();
  let port = options.port;

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port)) return send(res, 421, 'Misdirected request');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      return serveStatic(res, root, url.pathname);
    }
    if (!originAllowed(req, port)) return send(res, 403, 'Cross-origin requests are refused');
    if (!tokenMatches(req, token)) return send(res, 401, 'Missing or wrong token');
    if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(res);
    if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON');
    const body = await readBody(req);
    if (body === null) return send(res, 413, 'Request too large');
    let params: unknown;
    try {
      params = body.length ? JSON.parse(body) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' } });
    }
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: 'The method name is not valid percent-encoding' } });
    }
    const envelope = await options.core.dispatch(method, params);
    // The envelope says whether the call succeeded; the HTTP status only speaks for the transport (token, host,
    // size), so an expected answer such as "no such article" is not logged by the browser as a failed request.
    sendJson(res, 200, envelope);
  }

  function streamEvents(res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  const stopEvents = options.core.notebook.events.onAny((name, payload) => {
    const data = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const stream of streams) stream.write(data);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        stopEvents();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
