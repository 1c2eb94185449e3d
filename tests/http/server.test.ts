import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/index';
import type { Core } from '../../main/core/index';
import { startServer } from '../../main/http/server';
import type { RunningServer } from '../../main/http/server';
import { tempDir } from '../helpers/temp-dir';

let core: Core;
let server: RunningServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests control every header (fetch would add its own Host and Origin). */
function send(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path: urlPath, headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const api = (method: string, params: unknown, headers: Record<string, string> = {}) =>
  send('POST', `/api/${method}`, { 'Content-Type': 'application/json', 'X-Sourcebook-Token': server.token, ...headers }, JSON.stringify(params));

beforeAll(async () => {
  const dir = await tempDir();
  const staticDir = path.join(dir, 'static');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Sourcebook</title>');
  await writeFile(path.join(dir, 'secret.txt'), 'outside the static folder');
  core = await createCore({ dir: path.join(dir, 'nb'), author: 'ann' });
  server = await startServer({ core, port: 0, staticDir });
});

afterAll(async () => {
  await server.close();
  await core.close();
});

describe('browser-mode server', () => {
  it('listens on loopback and answers API calls carrying the token', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const reply = await api('import.content', { name: 'a.txt', text: 'A Short Article\n\nThe ferry carried 2,310 passengers in its first month, the operator said.' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { status: 'imported', title: 'A Short Article' } });
  });

  it('gives the same envelopes as the in-process dispatch (one contract, two transports)', async () => {
    for (const [method, params] of [
      ['articles.list', {}],
      ['search.query', { q: 'ferry' }],
      ['search.query', { q: 'title:' }],
      ['articles.get', { id: 'ffff' }],
      ['nope.nothing', {}],
    ] as const) {
      expect(JSON.parse((await api(method, params)).body)).toEqual(await core.dispatch(method, params));
    }
  });

  it('refuses calls without the right token', async () => {
    expect((await api('articles.list', {}, { 'X-Sourcebook-Token': '' })).status).toBe(401);
    expect((await api('articles.list', {}, { 'X-Sourcebook-Token': `${server.token.slice(0, -1)}x` })).status).toBe(401);
    expect((await send('GET', '/api/events')).status).toBe(401);
  });

  it('refuses other hosts (DNS rebinding) and other origins, and never sends CORS headers', async () => {
    expect((await api('articles.list', {}, { Host: 'evil.example:80' })).status).toBe(421);
    const crossOrigin = await api('articles.list', {}, { Origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);
    const preflight = await send('OPTIONS', '/api/articles.list', { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' });
    expect(preflight.status).not.toBe(204);
    for (const reply of [crossOrigin, preflight, await api('articles.list', {})]) {
      expect(Object.keys(reply.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('accepts only JSON posts of a sane size', async () => {
    expect((await api('articles.list', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await send('GET', '/api/articles.list', { 'X-Sourcebook-Token': server.token })).status).toBe(405);
    const bad = await send('POST', '/api/articles.list', { 'Content-Type': 'application/json', 'X-Sourcebook-Token': server.token }, '{nope');
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' } });
  });

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const index = await send('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00index.html', '/nothing.js']) {
      const reply = await send('GET', p);
      expect(reply.status, p).toBeGreaterThanOrEqual(400);
      expect(reply.body).not.toContain('outside the static folder');
    }
  });

  it('streams core events to clients holding the token', async () => {
    const events: string[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Host: `127.0.0.1:${server.port}`, 'X-Sourcebook-Token': server.token } }, (res) => {
        res.on('data', (chunk: Buffer) => {
          events.push(chunk.toString());
          if (events.join('').includes('notebook.changed')) {
            req.destroy();
            resolve();
          }
        });
      });
      req.on('error', (e) => (events.join('').includes('notebook.changed') ? resolve() : reject(e)));
      req.end();
    });
    await new Promise((r) => setTimeout(r, 50));
    await api('import.content', { name: 'b.txt', text: 'Another Short Article\n\nThe bus link carried 1,200 passengers a day, the operator said on Friday.' });
    await done;
    expect(events.join('')).toContain('data: {"name":"notebook.changed","payload":{"articles":true,"highlights":false}}');
  });
});
