import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { guardSession, guardWebContents, openLinkInBrowser } from '../../main/electron/web-guards';
import { FakeWebContents, resetFakes, session, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function guarded() {
  const contents = new FakeWebContents();
  const openLink = vi.fn();
  guardWebContents(contents as unknown as WebContents, openLink);
  return { contents, openLink };
}

describe('guardWebContents', () => {
  beforeEach(resetFakes);

  it('cancels every navigation and hands the link to the browser once', () => {
    const { contents, openLink } = guarded();
    // A click on a link fires will-navigate and, for the same main frame, will-frame-navigate.
    const navigate = contents.fire('will-navigate', { url: 'https://example.org/paper' });
    const frame = contents.fire('will-frame-navigate', { url: 'https://example.org/paper', isMainFrame: true });
    expect(navigate.defaultPrevented).toBe(true);
    expect(frame.defaultPrevented).toBe(true);
    expect(openLink).toHaveBeenCalledTimes(1);
    expect(openLink).toHaveBeenCalledWith('https://example.org/paper');
  });

  it('cancels navigation inside the app too (the renderer is a single page)', () => {
    const { contents } = guarded();
    expect(contents.fire('will-navigate', { url: 'app://sourcebook/other.html' }).defaultPrevented).toBe(true);
  });

  it('cancels redirects and subframe navigations without opening anything', () => {
    const { contents, openLink } = guarded();
    expect(contents.fire('will-redirect', { url: 'https://evil.example/' }).defaultPrevented).toBe(true);
    expect(contents.fire('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false }).defaultPrevented).toBe(true);
    expect(openLink).not.toHaveBeenCalled();
  });

  it('refuses new windows, passing the link to the browser', () => {
    const { contents, openLink } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://sourcebook/index.html' })).toEqual({ action: 'deny' });
    expect(openLink).toHaveBeenCalledWith('https://example.org/');
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = guarded();
    expect(contents.fire('will-attach-webview').defaultPrevented).toBe(true);
  });
});

describe('openLinkInBrowser', () => {
  beforeEach(resetFakes);

  it.each(['https://example.org/a?b=c', 'http://example.org/'])('opens %s in the system browser', async (url) => {
    openLinkInBrowser(url);
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledWith(url));
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'mailto:a@example.org', 'smb://host/share', 'app://sourcebook/x', 'not a url'])(
    'does not open %s',
    async (url) => {
      openLinkInBrowser(url);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('guardSession', () => {
  beforeEach(resetFakes);

  it('denies every permission request, check and device', () => {
    guardSession(session.defaultSession as unknown as Session);
    const [request] = session.defaultSession.setPermissionRequestHandler.mock.calls[0] as [(...a: unknown[]) => void];
    const [check] = session.defaultSession.setPermissionCheckHandler.mock.calls[0] as [(...a: unknown[]) => boolean];
    const [device] = session.defaultSession.setDevicePermissionHandler.mock.calls[0] as [(...a: unknown[]) => boolean];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://sourcebook', {})).toBe(false);
    }
    expect(device({ deviceType: 'usb' })).toBe(false);
  });
});
