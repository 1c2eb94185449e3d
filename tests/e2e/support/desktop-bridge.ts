import type { Page } from 'playwright-core';
import type { MenuCommand } from '../../../shared/bridge';

/**
 * A stand-in for the desktop app's preload bridge (`window.sourcebook`), installed before the page's scripts:
 * calls and events go to the test server over HTTP, as the real bridge sends them to the main process over IPC;
 * native dialogs answer from queues the test fills; menu commands and bundles opened from the system are sent
 * when the test says. What the renderer does with a bridge (desktop-only paths) is then tested in the browser.
 * The real bridge's wiring is unit-tested in tests/electron (preload, IPC, main).
 */
export function installDesktopBridge(): void {
  // The page takes the token out of the address and keeps it for the session: after a reload it is only there.
  const token = new URL(location.href).searchParams.get('token') ?? sessionStorage.getItem('sourcebook.token') ?? '';
  const headers = { 'Content-Type': 'application/json', 'X-Sourcebook-Token': token };
  const menuListeners = new Set<(command: string) => void>();
  const bundleListeners = new Set<(path: string) => void>();
  const pendingBundles: string[] = [];
  const desktop = {
    importPicks: [] as string[][],
    savePicks: [] as (string | null)[],
    openPicks: [] as (string | null)[],
    opened: [] as string[],
    menu: (command: string) => menuListeners.forEach((l) => l(command)),
    openBundle: (path: string) => (bundleListeners.size ? bundleListeners.forEach((l) => l(path)) : pendingBundles.push(path)),
  };
  Object.assign(window, { __desktop: desktop });

  async function readEvents(listener: (name: string, payload: unknown) => void, signal: AbortSignal): Promise<void> {
    const response = await fetch('/api/events', { headers, signal }).catch(() => null);
    if (!response?.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const data = buffer.slice(0, end).split('\n').find((line) => line.startsWith('data: '));
        buffer = buffer.slice(end + 2);
        if (data) {
          const { name, payload } = JSON.parse(data.slice(6)) as { name: string; payload: unknown };
          listener(name, payload);
        }
      }
    }
  }

  Object.assign(window, {
    sourcebook: {
      call: async (method: string, params: unknown) => (await fetch(`/api/${method}`, { method: 'POST', headers, body: JSON.stringify(params ?? {}) })).json(),
      onEvent(listener: (name: string, payload: unknown) => void) {
        const controller = new AbortController();
        void readEvents(listener, controller.signal);
        return () => controller.abort();
      },
      onMenuCommand(listener: (command: string) => void) {
        menuListeners.add(listener);
        return () => menuListeners.delete(listener);
      },
      pickImportPaths: () => Promise.resolve(desktop.importPicks.shift() ?? []),
      pickSavePath: () => Promise.resolve(desktop.savePicks.shift() ?? null),
      pickOpenPath: () => Promise.resolve(desktop.openPicks.shift() ?? null),
      pathForFile: () => '',
      openExternal: (url: string) => Promise.resolve(void desktop.opened.push(url)),
      onOpenBundle(listener: (path: string) => void) {
        bundleListeners.add(listener);
        for (const path of pendingBundles.splice(0)) listener(path);
        return () => bundleListeners.delete(listener);
      },
    },
  });
}

interface Desktop {
  importPicks: string[][];
  menu(command: MenuCommand): void;
  openBundle(path: string): void;
}

/** What the native open dialog will answer next, for Import… */
export const nextImportPick = (page: Page, paths: string[]) => page.evaluate((p) => void (window as unknown as { __desktop: Desktop }).__desktop.importPicks.push(p), paths);
/** A command from the native menu. */
export const menuCommand = (page: Page, command: MenuCommand) => page.evaluate((c) => (window as unknown as { __desktop: Desktop }).__desktop.menu(c), command);
/** A .sourcebook file opened from the system (double-click, Open With). */
export const openBundleFromSystem = (page: Page, path: string) => page.evaluate((p) => (window as unknown as { __desktop: Desktop }).__desktop.openBundle(p), path);
