import type { MenuCommand } from '../../shared/bridge';
import { BOARD, LIBRARY } from './route';
import type { Ui } from './ui-state';

/** What a command may act on. */
export interface CommandContext extends Ui {
  checkNotebook(): void;
}

/** Commands only the page has (the native menu does not send them yet). */
export type PageCommand = 'board';

/**
 * One registry for the native menu, keyboard shortcuts and buttons, so a shortcut, its label and what it does
 * are declared once. The ids are the native menu's commands.
 */
export interface Command {
  id: MenuCommand | PageCommand;
  label: string;
  /** Shown in tooltips and the help text, e.g. "Ctrl+K". */
  shortcut?: string;
  /** True when this keydown triggers the command (works even while typing in a field). */
  keyTest?(event: KeyboardEvent): boolean;
  run(ctx: CommandContext): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = (event: KeyboardEvent) => (isMac ? event.metaKey : event.ctrlKey) && !event.altKey;
const modLabel = isMac ? '⌘' : 'Ctrl+';

export const COMMANDS: Command[] = [
  {
    id: 'find',
    label: 'Search',
    shortcut: `${modLabel}K`,
    keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'k',
    run: (ctx) => ctx.focusSearch(),
  },
  {
    id: 'import',
    label: 'Import…',
    // The desktop menu's accelerator (CmdOrCtrl+I); CmdOrCtrl+O there opens another notebook.
    shortcut: `${modLabel}I`,
    keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'i',
    run: (ctx) => ctx.openImport(),
  },
  {
    id: 'library',
    label: 'Library',
    shortcut: 'Alt+L',
    // e.code, not e.key: on a Mac Alt+L types a character.
    keyTest: (e) => e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL',
    run: (ctx) => ctx.navigate(LIBRARY),
  },
  {
    id: 'board',
    label: 'Evidence board',
    shortcut: 'Alt+B',
    keyTest: (e) => e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyB',
    run: (ctx) => ctx.navigate(BOARD),
  },
  {
    id: 'export',
    label: 'Export…',
    shortcut: `${modLabel}${isMac ? '⇧' : 'Shift+'}E`,
    // The desktop menu's accelerator too (CmdOrCtrl+Shift+E); in the browser mode this is the only way.
    keyTest: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 'e',
    run: (ctx) => ctx.openExport(),
  },
  { id: 'merge', label: 'Merge a notebook bundle…', run: (ctx) => ctx.openMerge() },
  { id: 'toggle-theme', label: 'Switch light/dark theme', run: (ctx) => ctx.toggleTheme() },
  { id: 'about', label: 'About this notebook', run: (ctx) => ctx.showAbout() },
  { id: 'check', label: 'Check the notebook', run: (ctx) => ctx.checkNotebook() },
];

export const command = (id: Command['id']): Command => COMMANDS.find((c) => c.id === id)!;
