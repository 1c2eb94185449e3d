import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../main/electron/menu';
import type { MenuOptions } from '../../main/electron/menu';

type Item = MenuItemConstructorOptions;

function menu(platform: NodeJS.Platform, isDev = false) {
  const actions = { newNotebook: vi.fn(), openNotebook: vi.fn(), send: vi.fn() };
  const options: MenuOptions = { platform, isDev, appName: 'Sourcebook', actions };
  return { template: buildMenuTemplate(options), actions };
}

const submenu = (item: Item | undefined): Item[] => (item?.submenu as Item[] | undefined) ?? [];
const top = (template: Item[], label: string): Item | undefined => template.find((i) => i.label?.replace('&', '') === label);
const item = (template: Item[], menuLabel: string, label: string): Item | undefined =>
  submenu(top(template, menuLabel)).find((i) => i.label === label);
const roles = (items: Item[]): unknown[] => items.filter((i) => i.role).map((i) => i.role);
const click = (entry: Item | undefined): void => (entry?.click as (() => void) | undefined)?.();

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(menu(platform).template.map((i) => i.label ?? i.role)).toEqual(['&File', '&Edit', '&View', '&Help']);
    }
  });

  it('adds the app menu first and a Window menu on macOS', () => {
    const { template } = menu('darwin');
    expect(template.map((i) => i.label ?? i.role)).toEqual(['Sourcebook', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
    expect(roles(submenu(template[0]))).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('offers the notebook commands in File with their accelerators', () => {
    const { template, actions } = menu('linux');
    const labels = submenu(top(template, 'File')).map((i) => i.label ?? i.role ?? i.type);
    expect(labels).toEqual(['New Notebook…', 'Open Notebook…', 'separator', 'Import…', 'Export…', 'Merge Notebook Bundle…', 'separator', 'quit']);
    expect(item(template, 'File', 'New Notebook…')?.accelerator).toBe('CmdOrCtrl+Shift+N');
    expect(item(template, 'File', 'Open Notebook…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(item(template, 'File', 'Import…')?.accelerator).toBe('CmdOrCtrl+I');
    expect(item(template, 'File', 'Export…')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    click(item(template, 'File', 'New Notebook…'));
    click(item(template, 'File', 'Open Notebook…'));
    expect(actions.newNotebook).toHaveBeenCalledOnce();
    expect(actions.openNotebook).toHaveBeenCalledOnce();
  });

  it('closes the window from File on macOS, where Quit is in the app menu', () => {
    const { template } = menu('darwin');
    expect(roles(submenu(top(template, 'File')))).toEqual(['close']);
  });

  it('sends the renderer its commands', () => {
    const { template, actions } = menu('win32');
    click(item(template, 'File', 'Import…'));
    click(item(template, 'File', 'Export…'));
    click(item(template, 'File', 'Merge Notebook Bundle…'));
    click(item(template, 'View', 'Find…'));
    click(item(template, 'View', 'Toggle Theme'));
    click(item(template, 'Help', 'About Sourcebook'));
    click(item(template, 'Help', 'Check Notebook'));
    expect(actions.send.mock.calls.map(([command]) => command)).toEqual(['import', 'export', 'merge', 'find', 'toggle-theme', 'about', 'check']);
    expect(item(template, 'View', 'Find…')?.accelerator).toBe('CmdOrCtrl+K');
  });

  it('puts About in the app menu on macOS, not in Help', () => {
    const { template, actions } = menu('darwin');
    expect(item(template, 'Help', 'About Sourcebook')).toBeUndefined();
    click(submenu(template[0]).find((i) => i.label === 'About Sourcebook'));
    expect(actions.send).toHaveBeenCalledWith('about');
  });

  it('uses the standard edit roles', () => {
    expect(roles(submenu(top(menu('linux').template, 'Edit')))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(roles(submenu(top(menu('darwin').template, 'Edit')))).toContain('pasteAndMatchStyle');
  });

  it('offers reload and DevTools only in development builds', () => {
    const release = roles(submenu(top(menu('linux', false).template, 'View')));
    const dev = roles(submenu(top(menu('linux', true).template, 'View')));
    expect(release).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(dev).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('never assigns one accelerator twice', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = menu(platform, true).template.flatMap((m) => submenu(m)).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});
