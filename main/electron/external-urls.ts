import { shell } from 'electron';

/** Links clicked in the page (navigation, window.open) may leave for the system browser with these schemes. */
export const LINK_SCHEMES = ['http:', 'https:'] as const;
/** The bridge's openExternal may also start a mail client. */
export const OPEN_EXTERNAL_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

const MAX_URL_LENGTH = 8192;

/**
 * The normalised URL when `url` is safe to hand to the operating system, else null. shell.openExternal runs
 * whatever handler the OS has for a scheme (file:, smb:, custom app links…), so only an allowlist goes through
 * (Electron security checklist #15). Web links need a host; embedded credentials are refused as a phishing aid.
 */
export function allowedExternalUrl(url: unknown, schemes: readonly string[]): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!schemes.includes(parsed.protocol)) return null;
  const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  if (web && (!parsed.hostname || parsed.username || parsed.password)) return null;
  return parsed.href;
}

/**
 * Opens `url` with the system's handler if its scheme is allowed.
 * @returns false (and opens nothing) when the URL is refused
 */
export async function openExternalUrl(url: unknown, schemes: readonly string[]): Promise<boolean> {
  const allowed = allowedExternalUrl(url, schemes);
  if (allowed === null) return false;
  await shell.openExternal(allowed);
  return true;
}
