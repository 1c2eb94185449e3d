import type { RefObject } from 'react';
import { SearchBox } from '../features/search/SearchBox';
import { ReviewNavLink } from '../features/review/ReviewNavLink';
import { command } from './commands';
import { useUi } from './ui-state';

/** Always on screen: where you are, search, import, export and the theme. */
export function AppHeader({ searchInput }: { searchInput: RefObject<HTMLInputElement | null> }) {
  const { route, theme, toggleTheme, openImport, openExport, showAbout } = useUi();
  const skipToContent = () => document.getElementById('main')?.focus();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <header className="app-header">
      {/* A button, not a #main link: the hash holds the route. */}
      <button type="button" className="skip-link" onClick={skipToContent}>
        Skip to content
      </button>
      <a className="brand" href="#/library" aria-current={route.view === 'library' ? 'page' : undefined}>
        <span className="brand-mark" aria-hidden="true" />
        Sourcebook
      </a>
      <nav className="app-nav" aria-label="Views">
        <a href="#/library" className="nav-link" aria-current={route.view === 'library' ? 'page' : undefined}>
          Library
        </a>
        <a href="#/board" className="nav-link" aria-current={route.view === 'board' || route.view === 'series' ? 'page' : undefined} title={command('board').shortcut} aria-keyshortcuts="Alt+B">
          Board
        </a>
        <ReviewNavLink current={route.view === 'review'} />
      </nav>
      <SearchBox inputRef={searchInput} />
      <div className="header-actions">
        <button type="button" className="button" onClick={openImport} title={command('import').shortcut} aria-keyshortcuts="Control+I Meta+I">
          Import…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => openExport()}
          title={command('export').shortcut}
          aria-keyshortcuts="Control+Shift+E Meta+Shift+E"
        >
          Export…
        </button>
        <button type="button" className="icon-button" onClick={showAbout} aria-label="About this notebook and keyboard shortcuts" title="About this notebook and keyboard shortcuts">
          <span aria-hidden="true">?</span>
        </button>
        <button type="button" className="icon-button theme-toggle" onClick={toggleTheme} aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme`}>
          <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
        </button>
      </div>
    </header>
  );
}
