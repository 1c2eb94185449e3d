import type { Session, WebContents } from 'electron';
import { LINK_SCHEMES, openExternalUrl } from './external-urls';

/** Hands a link to the system browser; failures are logged, never shown to the page. */
export type OpenLink = (url: string) => void;

export const openLinkInBrowser: OpenLink = (url) => {
  openExternalUrl(url, LINK_SCHEMES).catch((error: unknown) => console.error('Could not open link', error));
};

/**
 * The page may never leave app://sourcebook: every navigation, redirect and frame navigation is cancelled, new
 * windows are refused, and <webview> cannot attach (Electron security checklist #12–#14). A clicked http(s) link
 * opens in the system browser instead; its scheme is checked again there.
 *
 * Only `will-navigate` forwards links: `will-frame-navigate` fires for the same main-frame click, and forwarding
 * from both would open the page twice.
 */
export function guardWebContents(contents: WebContents, openLink: OpenLink = openLinkInBrowser): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openLink(event.url);
  });
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
}

/**
 * The notebook needs no browser permission (camera, notifications, geolocation, devices, clipboard-read…), so
 * every request and every check is answered no. A page that wants one must ask main for it explicitly.
 */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
