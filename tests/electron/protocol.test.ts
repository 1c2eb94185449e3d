import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/http/security';
import { createAppHandler, registerAppScheme, resolveAppRequest, serveRenderer } from '../../main/electron/protocol';
import { tempDir } from '../helpers/temp-dir';
import { protocol, resetFakes } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

/** A renderer folder with a secret file beside it, which no request may reach. */
async function rendererFixture() {
  const base = await tempDir();
  const root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Sourcebook</title>');
  await writeFile(path.join(root, 'assets', 'main-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(path.join(root, 'notes.exe'), 'MZ');
  const secret = path.join(base, 'secret.json');
  await writeFile(secret, '{"secret":true}');
  return { root, secret, handler: createAppHandler(root) };
}

const get = (url: string, method = 'GET') => ({ url, method });

describe('the app:// handler', () => {
  beforeEach(resetFakes);

  it('serves index.html for the root and files by path, with their types and the CSP', async () => {
    const { handler } = await rendererFixture();
    const index = await handler(get('app://sourcebook/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>Sourcebook</title>');
    const script = await handler(get('app://sourcebook/assets/main-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await handler(get('app://sourcebook/assets/style.css'))).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const { handler } = await rendererFixture();
    const head = await handler(get('app://sourcebook/index.html', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handler(get('app://sourcebook/index.html', 'POST'))).status).toBe(405);
  });

  it.each([
    ['plain ../ (removed by the URL parser, then not found)', 'app://sourcebook/../secret.json'],
    ['dot segments deeper in the path', 'app://sourcebook/assets/../../secret.json'],
    ['percent-encoded dots', 'app://sourcebook/%2e%2e/secret.json'],
    ['an encoded slash after ..', 'app://sourcebook/..%2fsecret.json'],
    ['a fully encoded ../', 'app://sourcebook/%2e%2e%2fsecret.json'],
    ['double encoding', 'app://sourcebook/%252e%252e%252fsecret.json'],
    ['backslashes', 'app://sourcebook/..%5csecret.json'],
    ['a NUL byte', 'app://sourcebook/index.html%00.js'],
    ['malformed escapes', 'app://sourcebook/%E0%A4%A'],
  ])('refuses %s', async (_name, url) => {
    const { handler } = await rendererFixture();
    const response = await handler(get(url));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('secret');
  });

  it('never reads an absolute path, encoded or not', async () => {
    const { handler, secret } = await rendererFixture();
    for (const url of [`app://sourcebook/${secret}`, `app://sourcebook/${encodeURIComponent(secret)}`, `app://sourcebook//${secret}`]) {
      const response = await handler(get(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses unknown file types, folders, missing files and other hosts', async () => {
    const { handler } = await rendererFixture();
    expect((await handler(get('app://sourcebook/notes.exe'))).status).toBe(404);
    expect((await handler(get('app://sourcebook/assets'))).status).toBe(404);
    expect((await handler(get('app://sourcebook/missing.js'))).status).toBe(404);
    expect((await handler(get('app://other-host/index.html'))).status).toBe(404);
  });

  it('carries the CSP on refusals too', async () => {
    const { handler } = await rendererFixture();
    expect((await handler(get('app://sourcebook/..%2fsecret.json'))).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('resolveAppRequest', () => {
  it('keeps every resolved file inside the root', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveAppRequest(root, 'app://sourcebook/assets/a.js')).toEqual({ file: path.join(root, 'assets', 'a.js'), type: 'text/javascript; charset=utf-8' });
    expect(resolveAppRequest(root, 'app://sourcebook/..%2f..%2fetc%2fpasswd')).toEqual({ status: 403 });
    expect(resolveAppRequest(root, 'https://sourcebook/index.html')).toEqual({ status: 404 });
  });
});

describe('registration', () => {
  beforeEach(resetFakes);

  it('registers app: as a standard, secure scheme with fetch support', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles app: with the renderer handler', () => {
    serveRenderer('/srv/renderer');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
