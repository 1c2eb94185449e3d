// The Electron security checklist (electronjs.org/docs/latest/tutorial/security), item by item: what applies to
// Sourcebook, and a test that proves it is in place. Items that are proved in detail elsewhere point there; the
// assertion here is the one that would fail if the protection went away. electronegativity runs in .ci/run too.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { trusted } from '../../main/electron/ipc';
import { allowedExternalUrl, LINK_SCHEMES, OPEN_EXTERNAL_SCHEMES } from '../../main/electron/external-urls';
import { isAppUrl, START_URL } from '../../main/electron/origin';
import { createAppHandler, resolveAppRequest } from '../../main/electron/protocol';
import { guardSession, guardWebContents } from '../../main/electron/web-guards';
import { createMainWindow } from '../../main/electron/window';
import { CONTENT_SECURITY_POLICY } from '../../main/http/security';
import { PROJECT_ROOT } from '../helpers/shared-corpus';
import { tempDir } from '../helpers/temp-dir';
import { FakeWebContents, resetFakes, session } from './fake-electron';
import type { BrowserWindow } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const preferences = () =>
  (createMainWindow({ preload: '/app/preload.cjs', bounds: { width: 800, height: 600, maximized: false }, isDev: false }) as unknown as BrowserWindow).options
    .webPreferences as Record<string, unknown>;

describe('Electron security checklist', () => {
  beforeEach(resetFakes);

  it('1. only secure content: the page comes from app://, and its CSP allows no remote source at all', () => {
    expect(START_URL).toBe('app://sourcebook/index.html');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });

  it('2-4, 6, 8, 9. no Node.js in the page, context isolation, sandbox, web security, no insecure content or experiments', () => {
    expect(preferences()).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  });

  it('5. every permission request and check is denied', () => {
    guardSession(session.defaultSession as unknown as Session);
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answer = vi.fn();
      request({}, permission, answer);
      expect(answer).toHaveBeenCalledWith(false);
    }
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('7. a CSP on every response of the app protocol, and in the page itself', async () => {
    const root = await tempDir();
    const refused = await createAppHandler(root)({ url: 'app://sourcebook/../../etc/passwd', method: 'GET' });
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await readFile(path.join(PROJECT_ROOT, 'renderer', 'index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/);
  });

  it('10. no Blink features enabled; Auxclick (middle-click new windows) disabled', () => {
    expect(preferences()).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences().disableBlinkFeatures).toBe('Auxclick');
  });

  it('11, 12. no <webview>: the tag is off and attaching one is refused', () => {
    expect(preferences().webviewTag).toBe(false);
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents, vi.fn());
    expect(contents.fire('will-attach-webview', { url: 'https://evil.example/' }).defaultPrevented).toBe(true);
  });

  it('13, 14. navigation and new windows are refused; only http(s) links go to the system browser', () => {
    const contents = new FakeWebContents();
    const openLink = vi.fn();
    guardWebContents(contents as unknown as WebContents, openLink);
    for (const url of ['https://evil.example/', 'app://sourcebook/index.html', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(contents.fire('will-navigate', { url }).defaultPrevented).toBe(true);
      expect(contents.fire('will-redirect', { url }).defaultPrevented).toBe(true);
      expect(contents.fire('will-frame-navigate', { url }).defaultPrevented).toBe(true);
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(LINK_SCHEMES).toEqual(['http:', 'https:']);
  });

  it('15. shell.openExternal only for http, https and mailto, with a host and without credentials', () => {
    for (const url of ['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'ms-msdt:/id', 'vscode://x', 'https://user:pw@bank.example/', 'http://']) {
      expect(allowedExternalUrl(url, OPEN_EXTERNAL_SCHEMES)).toBeNull();
    }
    expect(allowedExternalUrl('https://example.org/a', OPEN_EXTERNAL_SCHEMES)).toBe('https://example.org/a');
    expect(allowedExternalUrl('mailto:ana@example.org', OPEN_EXTERNAL_SCHEMES)).toBe('mailto:ana@example.org');
  });

  it('16. a current Electron', async () => {
    const { version } = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45); // the version this audit was made against
  });

  it('17. IPC answers only the main frame of our own page', () => {
    expect(trusted({ senderFrame: { url: 'app://sourcebook/index.html', parent: null } } as never)).toBe(true);
    expect(trusted({ senderFrame: { url: 'app://sourcebook/index.html', parent: {} } } as never)).toBe(false); // a subframe
    for (const url of ['https://evil.example/', 'file:///index.html', 'app://other/index.html', 'app://user:pw@sourcebook/']) {
      expect(trusted({ senderFrame: { url, parent: null } } as never)).toBe(false);
    }
    expect(trusted({ senderFrame: null } as never)).toBe(false);
  });

  it('18. a custom protocol instead of file://, serving only the renderer’s files', () => {
    const root = '/app/dist/renderer';
    expect(isAppUrl('file:///app/dist/renderer/index.html')).toBe(false);
    for (const url of ['app://sourcebook/..%2f..%2fetc%2fpasswd', 'app://sourcebook/%2e%2e/secret.json', 'app://sourcebook/a%5c..%5c..%5csecret', 'app://sourcebook/x%00.js', 'app://sourcebook/node_modules/../../main.cjs']) {
      const resolved = resolveAppRequest(root, url);
      expect('file' in resolved ? resolved.file.startsWith(`${root}/`) : true).toBe(true);
    }
  });

  it('19. fuses: the packaged binary cannot be run as Node or inspected, and loads the app only from app.asar', async () => {
    const config = await readFile(path.join(PROJECT_ROOT, 'electron.config.ts'), 'utf8');
    for (const fuse of ['runAsNode: false', 'enableNodeOptionsEnvironmentVariable: false', 'enableNodeCliInspectArguments: false', 'onlyLoadAppFromAsar: true']) {
      expect(config).toContain(fuse);
    }
  });

  it('20. no Electron API reaches the page: the preload exposes one named bridge (see preload.test.ts)', async () => {
    const preload = await readFile(path.join(PROJECT_ROOT, 'main', 'electron', 'preload.ts'), 'utf8');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});
