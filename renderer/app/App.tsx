import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/ApiProvider';
import { toApiError } from '../api/errors';
import { AboutDialog } from '../features/about/AboutDialog';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportDialog } from '../features/import/ImportDialog';
import { useImportBatch } from '../features/import/useImportBatch';
import { LibraryView } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { ReviewView } from '../features/review/ReviewView';
import { SearchView } from '../features/search/SearchView';
import type { CommandContext } from './commands';
import { AppHeader } from './AppHeader';
import { LIBRARY } from './route';
import type { Route } from './route';
import { useToast } from './toasts';
import { DEFAULT_LIBRARY_PREFS, UiContext } from './ui-state';
import type { LibraryPrefs, Ui } from './ui-state';
import { useCommands } from './useCommands';
import { useRoute } from './useRoute';
import { useTheme } from './useTheme';
import './app.css';

/** The shell: header (search, import, theme), the current view, and the dialogs and overlays above them. */
export function App() {
  const { client } = useApi();
  const toast = useToast();
  const [route, navigate] = useRoute();
  const { theme, toggle: toggleTheme } = useTheme();
  const [library, setLibraryPrefs] = useState<LibraryPrefs>(DEFAULT_LIBRARY_PREFS);
  const [importOpen, setImportOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  const batch = useImportBatch();

  // Where Escape in the search box returns to.
  const lastPlace = useRef<Route>(LIBRARY);
  useEffect(() => {
    if (route.view !== 'search') lastPlace.current = route;
  }, [route]);

  const { running, clear } = batch;
  const openImport = useCallback(() => {
    if (!running) clear();
    setImportOpen(true);
  }, [running, clear]);

  const ui = useMemo<Ui>(
    () => ({
      route,
      navigate,
      theme,
      toggleTheme,
      openImport,
      showAbout: () => setAboutOpen(true),
      focusSearch: () => {
        searchInput.current?.focus();
        searchInput.current?.select();
      },
      leaveSearch: () => navigate(lastPlace.current),
      library,
      setLibrary: (update) => setLibraryPrefs((prefs) => ({ ...prefs, ...update })),
    }),
    [route, navigate, theme, toggleTheme, openImport, library],
  );

  const commandContext: CommandContext = {
    ...ui,
    notify: (message) => toast({ message }),
    checkNotebook: () => void checkNotebook(),
  };
  useCommands(commandContext, client.bridge);

  // The menu's "Check": is the search index in step with the data? Rebuild it if not.
  async function checkNotebook() {
    try {
      const stats = await client.call('notebook.stats', {});
      const rebuilt = stats.index.current ? null : await client.call('search.reindex', {});
      toast({
        message: `Checked ${stats.articles.toLocaleString()} articles and ${stats.highlights.toLocaleString()} highlights: ${rebuilt ? `search index rebuilt (${rebuilt.documents} documents).` : 'the search index is up to date.'}`,
      });
    } catch (error) {
      toast({ message: toApiError(error).message, tone: 'error' });
    }
  }

  return (
    <UiContext.Provider value={ui}>
      <div className="app">
        <AppHeader searchInput={searchInput} />
        <main id="main" className="app-main" tabIndex={-1}>
          {route.view === 'library' && <LibraryView />}
          {route.view === 'article' && <ReaderView key={route.id} id={route.id} at={route.at} highlightId={route.highlight} reattachId={route.reattach} />}
          {route.view === 'search' && <SearchView q={route.q} kind={route.kind} tag={route.tag} />}
          {route.view === 'review' && <ReviewView />}
        </main>
      </div>
      <ImportDialog open={importOpen} onClose={() => setImportOpen(false)} batch={batch} />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      {!importOpen && (
        <DropOverlay
          onFiles={(files) => {
            openImport();
            batch.importFiles(files);
          }}
        />
      )}
    </UiContext.Provider>
  );
}
