// The browser-mode server against requests that are not from its own page: no token, a wrong token, another
// origin or host, CORS preflights, malformed paths. Each is refused before the core is reached (the dispatch
// below counts every call that gets through). A real cross-origin page in Chromium: tests/e2e/hostile-content.spec.ts.
import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/index';
import type { Core } from '../../main/core/index';
import { startServer } from '../../main/http/server';
import type { RunningServer } from '../../main/http/server';
import { tempDir } from '../helpers/temp-dir';

let core: Core;
let server: RunningServer;
const dispatched: unknown[] = [];

function send(method: string, urlPath: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path: urlPath, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const host = () => `127.0.0.1:${server.port}`;
const json = { 'Content-Type': 'application/json' };

beforeAll(async () => {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'static'));
  await writeFile(path.join(dir, 'static', 'index.html'), '<!doctype html><title>Sourcebook</title>');
  const real = await createCore({ dir: path.join(dir, 'nb'), snapshots: false });
  core = { ...real, dispatch: (method, params) => (dispatched.push(method), real.dispatch(method, params)) };
  server = await startServer({ core, port: 0, staticDir: path.join(dir, 'static') });
});

afterAll(async () => {
  await server.close();
  await core.close();
});

describe('the browser-mode server refuses what is not its own page', () => {
  it('listens on the loopback address only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('refuses every API route without the token, or with a wrong one of the same length, before the core', async () => {
    const wrong = server.token.replace(/./, (c) => (c === 'a' ? 'b' : 'a'));
    for (const token of [undefined, '', wrong, `${server.token}x`, server.token.toUpperCase() === server.token ? 'x' : server.token.toUpperCase()]) {
      const headers = { Host: host(), ...json, ...(token !== undefined ? { 'X-Sourcebook-Token': token } : {}) };
      for (const method of ['articles.list', 'articles.delete', 'notebook.check', 'exchange.export', 'nope']) {
        expect((await send('POST', `/api/${method}`, headers, '{}')).status).toBe(401);
      }
      expect((await send('GET', '/api/events', headers)).status).toBe(401);
    }
    // The token in the query string (where the page's address has it) does not count for the API.
    expect((await send('POST', `/api/articles.list?token=${server.token}`, { Host: host(), ...json }, '{}')).status).toBe(401);
    expect(dispatched).toEqual([]);
  });

  it('refuses other origins even with the token, and answers preflights without any CORS header', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${server.port}`, 'null', `https://127.0.0.1:${server.port}`, `http://127.0.0.1:${server.port + 1}`, `http://127.0.0.1.evil.example:${server.port}`]) {
      const call = await send('POST', '/api/articles.list', { Host: host(), ...json, Origin: origin, 'X-Sourcebook-Token': server.token }, '{}');
      expect(call.status).toBe(403);
      const preflight = await send('OPTIONS', '/api/articles.list', { Host: host(), Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-sourcebook-token,content-type' });
      expect(preflight.status).toBeGreaterThanOrEqual(400);
      for (const reply of [call, preflight]) expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(dispatched).toEqual([]);
  });

  it('refuses other Host headers (DNS rebinding), even with the token', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port}.evil.example`, `localhost.evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      expect((await send('POST', '/api/articles.list', { Host: hostHeader, ...json, 'X-Sourcebook-Token': server.token }, '{}')).status).toBe(421);
      expect((await send('GET', '/', { Host: hostHeader })).status).toBe(421);
    }
    expect(dispatched).toEqual([]);
  });

  it('refuses a form post and a simple (no-preflight) cross-site post, whose body type is not JSON', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const reply = await send('POST', '/api/articles.delete', { Host: host(), 'Content-Type': type, 'X-Sourcebook-Token': server.token }, 'id=00000000');
      expect(reply.status).toBe(415);
    }
    expect(dispatched).toEqual([]);
  });

  it('answers a malformed method name with 400, not an internal error', async () => {
    const reply = await send('POST', '/api/%E0%A4%A', { Host: host(), ...json, 'X-Sourcebook-Token': server.token }, '{}');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('lets its own page in: the same call with the token, same origin and host reaches the core', async () => {
    const reply = await send('POST', '/api/articles.list', { Host: host(), ...json, Origin: `http://127.0.0.1:${server.port}`, 'X-Sourcebook-Token': server.token }, '{}');
    expect(reply.status).toBe(200);
    expect(dispatched).toEqual(['articles.list']);
    dispatched.length = 0;
  });
});

