import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allowedExternalUrl, LINK_SCHEMES, OPEN_EXTERNAL_SCHEMES, openExternalUrl } from '../../main/electron/external-urls';
import { resetFakes, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('allowedExternalUrl', () => {
  it.each([
    ['https://example.org/paper.pdf', OPEN_EXTERNAL_SCHEMES, 'https://example.org/paper.pdf'],
    ['HTTP://Example.org', OPEN_EXTERNAL_SCHEMES, 'http://example.org/'],
    ['mailto:author@example.org', OPEN_EXTERNAL_SCHEMES, 'mailto:author@example.org'],
    ['mailto:author@example.org', LINK_SCHEMES, null],
    ['javascript:alert(1)', OPEN_EXTERNAL_SCHEMES, null],
    ['file:///etc/passwd', OPEN_EXTERNAL_SCHEMES, null],
    ['ms-msdt:/id PCWDiagnostic', OPEN_EXTERNAL_SCHEMES, null],
    ['app://sourcebook/index.html', OPEN_EXTERNAL_SCHEMES, null],
    ['https://user:secret@example.org/', OPEN_EXTERNAL_SCHEMES, null],
    ['//example.org/relative', OPEN_EXTERNAL_SCHEMES, null],
    ['', OPEN_EXTERNAL_SCHEMES, null],
  ] as const)('%s with %j → %s', (url, schemes, expected) => {
    expect(allowedExternalUrl(url, schemes)).toBe(expected);
  });

  it('refuses what is not a string, and absurdly long URLs', () => {
    expect(allowedExternalUrl({ toString: () => 'https://example.org' }, OPEN_EXTERNAL_SCHEMES)).toBeNull();
    expect(allowedExternalUrl(42, OPEN_EXTERNAL_SCHEMES)).toBeNull();
    expect(allowedExternalUrl(`https://example.org/${'a'.repeat(9000)}`, OPEN_EXTERNAL_SCHEMES)).toBeNull();
  });
});

describe('openExternalUrl', () => {
  beforeEach(resetFakes);

  it('opens the normalised URL it checked', async () => {
    expect(await openExternalUrl('HTTPS://Example.org', OPEN_EXTERNAL_SCHEMES)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('opens nothing for a refused URL', async () => {
    expect(await openExternalUrl('file:///etc/passwd', OPEN_EXTERNAL_SCHEMES)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
