import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/ApiProvider';
import { toApiError } from '../api/errors';
import { onOpenedBundle } from '../api/host';
import { AboutDialog } from '../features/about/AboutDialog';
import { describeCheck } from '../features/about/CheckNotebook';
import { BoardView } from '../features/board/BoardView';
import { FirstRunTour } from '../features/demo/FirstRunTour';
import { remember, remembered, TOUR_SEEN } from '../features/demo/remembered';
import { splitBundles } from '../features/exchange/bundles';
import { ExportDialog } from '../features/exchange/ExportDialog';
import type { ExportScope } from '../features/exchange/export-scope';
import { AnnotationsDialog } from '../features/exchange/AnnotationsDialog';
import { MergeDialog } from '../features/exchange/MergeDialog';
import type { MergeSource } from '../features/exchange/MergeDialog';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportDialog } from '../features/import/ImportDialog';
import type { PickedFile } from '../features/import/read-files';
import { useImportBatch } from '../features/import/useImportBatch';
import { LibraryView } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { ReviewView } from '../features/review/ReviewView';
import { SearchView } from '../features/search/SearchView';
import { SeriesView } from '../features/series/SeriesView';
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

/** A dialog opened with something to start from; a new `id` each time, so it starts afresh (remounts). */
interface Opened<T> {
  id: number;
  open: boolean;
  with: T;
}

/** The shell: header (search, import, export, theme), the current view, and the dialogs and overlays above them. */
export function App() {
  const { client } = useApi();
  const toast = useToast();
  const [route, navigate] = useRoute();
  const { theme, toggle: toggleTheme } = useTheme();
  const [library, setLibraryPrefs] = useState<LibraryPrefs>(DEFAULT_LIBRARY_PREFS);
  const [importOpen, setImportOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [tourOpen, setTourOpen] = useState(() => !remembered(TOUR_SEEN));
  const [exporting, setExporting] = useState<Opened<ExportScope>>({ id: 0, open: false, with: { by: 'all' } });
  const [merging, setMerging] = useState<Opened<MergeSource>>({ id: 0, open: false, with: { path: '' } });
  const [annotations, setAnnotations] = useState({ id: 0, open: false });
  const [suggestionQueue, setSuggestionQueue] = useState<string[]>([]);
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
  const openExport = useCallback((scope: ExportScope = { by: 'all' }) => setExporting((d) => ({ id: d.id + 1, open: true, with: scope })), []);
  const openMerge = useCallback((source: MergeSource = { path: '' }) => {
    setImportOpen(false);
    setMerging((d) => ({ id: d.id + 1, open: true, with: source }));
  }, []);
  const openAnnotations = useCallback(() => {
    setImportOpen(false);
    setAnnotations((d) => ({ id: d.id + 1, open: true }));
  }, []);
  const reviewSuggestions = useCallback(
    (ids: string[]) => {
      setSuggestionQueue(ids);
      setImportOpen(false);
      if (ids[0]) navigate({ view: 'article', id: ids[0], suggest: true });
    },
    [navigate],
  );

  // A bundle opened from the system (desktop app): offer to merge it, report first.
  useEffect(() => onOpenedBundle(client.bridge, (path) => openMerge({ path })), [client.bridge, openMerge]);

  // Files picked or dropped: documents are imported, a .sourcebook bundle is merged (after its report).
  const takeFiles = (files: PickedFile[]) => {
    const { bundles, documents } = splitBundles(files);
    if (documents.length > 0) {
      // Dropped on the window: the dialog opens afresh. Chosen in the open dialog: they join its list.
      if (!importOpen) openImport();
      batch.importFiles(documents);
    }
    const bundle = bundles[0];
    if (!bundle) return;
    // The desktop app merges a dropped bundle from where it is on disk; the browser sends its bytes.
    const path = client.bridge?.pathForFile(bundle.file) ?? '';
    if (documents.length === 0) openMerge(path ? { path } : { file: bundle.file });
    else toast({ message: `${bundle.file.name} is a notebook bundle: merge it with Import… → Merge a notebook bundle.` });
  };

  const ui = useMemo<Ui>(
    () => ({
      route,
      navigate,
      theme,
      toggleTheme,
      openImport,
      openExport,
      openMerge,
      showTour: () => setTourOpen(true),
      showAbout: () => setAboutOpen(true),
      focusSearch: () => {
        searchInput.current?.focus();
        searchInput.current?.select();
      },
      leaveSearch: () => navigate(lastPlace.current),
      library,
      setLibrary: (update) => setLibraryPrefs((prefs) => ({ ...prefs, ...update })),
      suggestionQueue,
      reviewSuggestions,
    }),
    [route, navigate, theme, toggleTheme, openImport, openExport, openMerge, library, suggestionQueue, reviewSuggestions],
  );

  const commandContext: CommandContext = { ...ui, checkNotebook: () => void checkNotebook() };
  useCommands(commandContext, client.bridge);

  // Help → Check notebook: verify everything and repair what can be repaired (notebook.check), then say what happened.
  async function checkNotebook() {
    try {
      const report = await client.call('notebook.check', { repair: true });
      const checked = `Checked ${report.checked.articles.toLocaleString()} articles and ${report.checked.highlights.toLocaleString()} highlights.`;
      toast({ message: `${checked} ${describeCheck(report)}`, tone: report.ok ? undefined : 'error' });
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
          {route.view === 'article' && <ReaderView key={route.id} id={route.id} at={route.at} highlightId={route.highlight} reattachId={route.reattach} suggest={route.suggest} />}
          {route.view === 'search' && <SearchView q={route.q} kind={route.kind} tag={route.tag} />}
          {route.view === 'review' && <ReviewView />}
          {route.view === 'board' && <BoardView view={route} />}
          {route.view === 'series' && <SeriesView id={route.id} />}
        </main>
      </div>
      <ImportDialog
        open={importOpen}
        onClose={() => setImportOpen(false)}
        batch={batch}
        onFiles={takeFiles}
        onMerge={(path) => openMerge({ path: path ?? '' })}
        onImportAnnotations={openAnnotations}
        onReviewSuggestions={reviewSuggestions}
      />
      <ExportDialog key={`export-${exporting.id}`} open={exporting.open} initialScope={exporting.with} onClose={() => setExporting((d) => ({ ...d, open: false }))} />
      <MergeDialog key={`merge-${merging.id}`} open={merging.open} initial={merging.with} onClose={() => setMerging((d) => ({ ...d, open: false }))} />
      <AnnotationsDialog key={`annotations-${annotations.id}`} open={annotations.open} onClose={() => setAnnotations((d) => ({ ...d, open: false }))} />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <FirstRunTour
        open={tourOpen && !importOpen}
        onClose={() => {
          remember(TOUR_SEEN);
          setTourOpen(false);
        }}
      />
      {!importOpen && <DropOverlay onFiles={takeFiles} />}
    </UiContext.Provider>
  );
}
