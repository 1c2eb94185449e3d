import { useCallback, useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { Article, Kind, TagCount } from '../../../shared/model';
import { pageAt } from '../../../shared/pages';
import { useClient } from '../../api/ApiProvider';
import type { Span } from '../../app/route';
import { useToast } from '../../app/toasts';
import { useUi } from '../../app/ui-state';
import { KIND_LABEL } from '../../components/kinds';
import { useHighlightIndex } from '../evidence/links/useHighlightIndex';
import { SuggestionBanner } from '../suggestions/SuggestionBanner';
import { SuggestionCard } from '../suggestions/SuggestionCard';
import { SuggestionList } from '../suggestions/SuggestionList';
import { useSuggestionFocus } from '../suggestions/useSuggestionFocus';
import { useSuggestions } from '../suggestions/useSuggestions';
import { ReattachBanner } from '../review/ReattachBanner';
import { ReattachToolbar } from '../review/ReattachToolbar';
import { needsReview } from '../review/review-model';
import { ReviewSection } from '../review/ReviewSection';
import { VersionsDialog } from '../versions/VersionsDialog';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { DeleteArticleDialog } from './DeleteArticleDialog';
import { HighlightEditor } from './HighlightEditor';
import { HighlightList } from './HighlightList';
import { KeyboardHelp, KEYS_DESCRIPTION_ID, KeysDescription } from './KeyboardHelp';
import { RemovedParts } from './RemovedParts';
import { marksOf, revealElements } from './scroll-to';
import { anchored, isOrphan } from './segments';
import { SelectionToolbar } from './SelectionToolbar';
import { anchorFor } from './useFloatingPosition';
import type { Anchor } from './useFloatingPosition';
import { useKeyboardSelection } from './useKeyboardSelection';
import { useRevealOnOpen } from './useRevealOnOpen';
import { useTextSelection } from './useTextSelection';

interface Editing {
  id: string;
  /** Every highlight under the clicked text, to offer the others. */
  covering: string[];
  anchor: Anchor;
}

interface ReaderProps {
  article: Article;
  at?: Span;
  highlightId?: string;
  /** A highlight to give a new place: the next passage selected is offered for it. */
  reattachId?: string;
  /** The parser's suggestions are drawn in the text, to accept or dismiss. */
  suggest: boolean;
  knownTags: TagCount[];
  refetch(): void;
  /** Told before the article is deleted (and again if that fails), so its view stops refetching it. */
  onDeleting(deleting: boolean): void;
}

/** The loaded article: text with highlights drawn in, tagging by selection, editing, review, and the side list. */
export function Reader({ article, at, highlightId, reattachId, suggest, knownTags, refetch, onDeleting }: ReaderProps) {
  const client = useClient();
  const { navigate, openExport, suggestionQueue } = useUi();
  const scrollRef = useRef<HTMLDivElement>(null);
  const toast = useToast();
  const bodyRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [dialog, setDialog] = useState<'versions' | 'delete' | null>(null);
  const [keysShown, setKeysShown] = useState(false);
  const selection = useTextSelection({ body: bodyRef, container: scrollRef }, article.body.length);
  const { pending, clear: clearSelection } = selection;
  const keys = useKeyboardSelection({
    body: bodyRef,
    container: scrollRef,
    article,
    pending,
    select: (span, anchor) => {
      setEditing(null); // the toolbar of the new passage takes the editor's place
      selection.select(span, anchor);
    },
  });
  const reattaching = reattachId ? article.highlights.find((h) => h.id === reattachId) : undefined;
  const index = useHighlightIndex(article);
  const suggestions = useSuggestions(article.id, suggest);
  const focus = useSuggestionFocus({ body: bodyRef, container: scrollRef, suggestions: suggestions.suggestions, enabled: suggest });
  const setSuggest = (on: boolean) => navigate({ view: 'article', id: article.id, ...(on ? { suggest: true } : {}) }, { replace: true });

  useRevealOnOpen(bodyRef, article, at, highlightId);

  // A press outside any popover closes the editor (a click on a highlight reopens it there).
  useEffect(() => {
    const onMouseDown = (event: globalThis.MouseEvent) => {
      if (!(event.target instanceof Element && event.target.closest('.floating'))) setEditing(null);
    };
    document.addEventListener('mousedown', onMouseDown);
    return () => document.removeEventListener('mousedown', onMouseDown);
  }, []);

  const { close: closeSuggestion } = focus;
  const openEditor = useCallback(
    (highlight: string, element: HTMLElement) => {
      const container = scrollRef.current;
      if (!container) return;
      clearSelection();
      closeSuggestion();
      const covering = (element.dataset.highlights ?? highlight).split(' ');
      setEditing({ id: highlight, covering, anchor: anchorFor(element.getBoundingClientRect(), container) });
    },
    [scrollRef, clearSelection, closeSuggestion],
  );

  const onBodyClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
    if (link && client.bridge) {
      // The desktop app opens links in the system browser, never in its own window.
      event.preventDefault();
      void client.bridge.openExternal(link.href);
      return;
    }
    if (!window.getSelection()?.isCollapsed) return; // the end of a drag, not a click
    if (reattaching) return; // choosing a place: a click on a highlight must not open another one
    const suggested = suggest ? (event.target as Element).closest<HTMLElement>('mark[data-suggestion]')?.dataset.suggestion : undefined;
    if (suggested) {
      setEditing(null);
      focus.select(suggested);
      return;
    }
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-highlights]');
    const ids = mark?.dataset.highlights?.split(' ') ?? [];
    // The innermost highlight is the last one: the one whose colour the reader sees.
    const innermost = ids.at(-1);
    if (mark && innermost) openEditor(innermost, mark);
  };

  const selectFromList = (highlight: string) => {
    const marks = bodyRef.current ? marksOf(bodyRef.current, highlight) : [];
    // A highlight whose text is no longer in the body has no mark: edit it from the top of the article.
    const target = marks[0] ?? bodyRef.current;
    if (!target) return;
    revealElements(marks);
    openEditor(highlight, target);
  };

  /** After tagging with the keys, the text keeps the focus, ready for the next passage. */
  const keepKeyboardPlace = () => {
    if (pending?.source === 'keys') textRef.current?.focus({ preventScroll: true });
  };

  const create = async (kind: Kind, tags: string[], note: string) => {
    if (!pending) return;
    // What the parser reads in the passage (number, date, speaker…) is stored with it; the editor shows and edits it.
    const parsed = await client.call('evidence.parse', { articleId: article.id, kind, ...pending.span }).catch(() => null);
    const read = parsed && Object.keys(parsed.evidence).length > 0 ? { evidence: parsed.evidence } : {};
    const created = await client.call('highlights.create', { articleId: article.id, kind, tags, note, ...pending.span, ...(parsed ? { fields: parsed.fields } : {}), ...read });
    keepKeyboardPlace();
    clearSelection();
    refetch();
    toast({
      message: `Tagged as ${KIND_LABEL[kind].toLowerCase()}.`,
      action: { label: 'Undo', run: () => client.call('highlights.delete', { id: created.id }).then(() => undefined) },
    });
  };

  const leaveReattach = (highlight?: string) => navigate({ view: 'article', id: article.id, ...(highlight ? { highlight } : {}) }, { replace: true });

  const reattach = async () => {
    if (!pending || !reattaching) return;
    await client.call('highlights.reattach', { id: reattaching.id, start: pending.span.start, end: pending.span.end });
    keepKeyboardPlace();
    clearSelection();
    leaveReattach(reattaching.id);
    refetch();
    toast({ message: `Re-attached the ${KIND_LABEL[reattaching.kind].toLowerCase()}.` });
  };

  const editingHighlight = editing ? article.highlights.find((h) => h.id === editing.id) : undefined;
  const toReview = article.highlights.filter(needsReview);

  return (
    <div className="view reader">
      <div className="reader-main" ref={scrollRef}>
        {reattaching && <ReattachBanner highlight={reattaching} onCancel={() => leaveReattach()} />}
        {suggest && !reattaching && (
          <SuggestionBanner left={suggestions.suggestions.length} queue={suggestionQueue} articleId={article.id} onStop={() => setSuggest(false)} />
        )}
        <article className="reader-column" aria-labelledby="article-title" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
          <ArticleHeader
            article={article}
            suggesting={suggest}
            onSuggest={() => setSuggest(!suggest)}
            onShowVersions={() => setDialog('versions')} onExport={() => openExport({ by: 'articles', ids: [article.id] })} onDelete={() => setDialog('delete')} />
          {/*
            The text is one Tab stop, for choosing a passage with the keys (see useKeyboardSelection). Clicks on
            highlights are a mouse shortcut; the keyboard path to them is the highlight list beside.
          */}
          <div
            ref={textRef}
            className="article-text"
            tabIndex={0}
            role="region"
            aria-label="Article text"
            aria-describedby={KEYS_DESCRIPTION_ID}
            onClick={onBodyClick}
            onKeyDown={keys.onKeyDown}
            onFocus={(e) => setKeysShown(e.target === e.currentTarget && e.currentTarget.matches(':focus-visible'))}
            onBlur={() => setKeysShown(false)}
          >
            <ArticleBody
              ref={bodyRef}
              body={article.body}
              blocks={article.blocks}
              highlights={article.highlights}
              pending={selection.live ? null : (pending?.span ?? null)}
              suggestions={suggest ? suggestions.suggestions : undefined}
              currentSuggestion={focus.current?.id ?? null}
            />
          </div>
          <KeysDescription />
          <RemovedParts article={article} />
        </article>
        {keysShown && <KeyboardHelp active={pending?.source === 'keys'} />}
        <p className="visually-hidden" role="status">
          {keys.announcement}
        </p>
        {pending && !editing && reattaching && (
          <ReattachToolbar
            key={`${pending.span.start}-${pending.span.end}`}
            highlight={reattaching}
            text={article.body.slice(pending.span.start, pending.span.end)}
            anchor={pending.anchor}
            onAttach={reattach}
            onClose={clearSelection}
          />
        )}
        {suggest && focus.current && focus.shown && !pending && !editing && (
          <SuggestionCard
            suggestion={focus.shown}
            position={focus.position}
            count={suggestions.suggestions.length}
            anchor={focus.current.anchor}
            onAccept={(kind) => suggestions.accept(focus.shown!, kind)}
            onDismiss={() => suggestions.dismiss(focus.shown!)}
            onMove={focus.move}
            onClose={focus.close}
          />
        )}
        {pending && !editing && !reattaching && (
          <SelectionToolbar key={`${pending.span.start}-${pending.span.end}`} anchor={pending.anchor} knownTags={knownTags} onCreate={create} onClose={clearSelection} />
        )}
        {editing && editingHighlight && (
          <HighlightEditor
            key={editingHighlight.id}
            highlight={editingHighlight}
            others={article.highlights.filter((h) => h.id !== editing.id && editing.covering.includes(h.id))}
            anchor={editing.anchor}
            knownTags={knownTags}
            index={index}
            onSave={async (changes) => {
              await client.call('highlights.update', { id: editingHighlight.id, ...changes });
              setEditing(null);
              refetch();
            }}
            onDelete={async () => {
              const removed = await client.call('highlights.delete', { id: editingHighlight.id });
              setEditing(null);
              refetch();
              toast({
                message: `${KIND_LABEL[removed.kind]} deleted.`,
                action: { label: 'Undo', run: () => client.call('highlights.restore', { highlight: removed }).then(() => undefined) },
              });
            }}
            onAccept={async () => {
              await client.call('highlights.accept', { id: editingHighlight.id });
              refetch();
            }}
            onSwitch={(next) => setEditing({ ...editing, id: next })}
            onClose={() => setEditing(null)}
          />
        )}
      </div>
      <aside className="reader-side" aria-label="Highlights of this article">
        {suggest && (
          <SuggestionList
            suggestions={suggestions.suggestions}
            loaded={suggestions.loaded}
            hidden={suggestions.hidden}
            current={focus.current?.id ?? null}
            onSelect={(id) => {
              setEditing(null);
              focus.select(id);
            }}
          />
        )}
        <ReviewSection highlights={toReview} onShow={(h) => selectFromList(h.id)} refetch={refetch} />
        <HighlightList
          highlights={article.highlights.filter((h) => !isOrphan(h))}
          isAnchored={(h) => anchored(article.body, h)}
          index={index}
          activeId={editing?.id ?? highlightId ?? null}
          onSelect={selectFromList}
          pageOf={(h) => pageAt(article.blocks, h.target.position.start)}
        />
      </aside>
      <VersionsDialog key={article.versions.length} article={article} open={dialog === 'versions'} onClose={() => setDialog(null)} />
      <DeleteArticleDialog article={article} open={dialog === 'delete'} onClose={() => setDialog(null)} onDeleting={onDeleting} />
    </div>
  );
}
