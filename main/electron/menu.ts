import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/bridge';

export interface MenuActions {
  newNotebook(): void;
  openNotebook(): void;
  /** Hands a command to the renderer, which carries it out (import dialog, focus search…). */
  send(command: MenuCommand): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development build: Reload and Toggle Developer Tools are offered. */
  isDev: boolean;
  appName: string;
  actions: MenuActions;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * The native menu, as a template for Menu.buildFromTemplate. Pure, so every platform's menu can be tested on
 * any platform. macOS gets the app menu (About, Services, Hide, Quit) and a Window menu; elsewhere Quit is in
 * File and About in Help.
 */
export function buildMenuTemplate(options: MenuOptions): Item[] {
  const mac = options.platform === 'darwin';
  return [
    ...(mac ? [appMenu(options)] : []),
    fileMenu(options, mac),
    editMenu(mac),
    viewMenu(options),
    ...(mac ? [{ role: 'windowMenu' } satisfies Item] : []),
    helpMenu(options, mac),
  ];
}

function appMenu({ appName, actions }: MenuOptions): Item {
  return {
    label: appName,
    submenu: [
      { label: `About ${appName}`, click: () => actions.send('about') },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

function fileMenu({ actions }: MenuOptions, mac: boolean): Item {
  return {
    label: '&File',
    submenu: [
      { label: 'New Notebook…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newNotebook() },
      { label: 'Open Notebook…', accelerator: 'CmdOrCtrl+O', click: () => actions.openNotebook() },
      separator,
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => actions.send('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send('export') },
      // A teammate's .sourcebook bundle: the merge dialog shows its report before anything changes, and again after.
      { label: 'Merge Notebook Bundle…', click: () => actions.send('merge') },
      separator,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function editMenu(mac: boolean): Item {
  return {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } satisfies Item] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
}

function viewMenu({ isDev, actions }: MenuOptions): Item {
  // Reload would lose unsaved UI state and DevTools exposes the page: development builds only.
  const devItems: Item[] = isDev ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] : [];
  return {
    label: '&View',
    submenu: [
      ...devItems,
      { label: 'Find…', accelerator: 'CmdOrCtrl+K', click: () => actions.send('find') },
      // Not Alt+B (the page's own shortcut): on Windows and Linux Alt+letter opens the menu bar.
      { label: 'Evidence Board', accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.send('board') },
      { label: 'Toggle Theme', click: () => actions.send('toggle-theme') },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu({ appName, actions }: MenuOptions, mac: boolean): Item {
  return {
    label: '&Help',
    role: 'help',
    submenu: [
      ...(mac ? [] : [{ label: `About ${appName}`, click: () => actions.send('about') } satisfies Item, separator]),
      { label: 'Check Notebook', click: () => actions.send('check') },
    ],
  };
}
