import { useCallback, useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { Article, Kind, TagCount } from '../../../shared/model';
import { useClient } from '../../api/ApiProvider';
import type { Span } from '../../app/route';
import { useToast } from '../../app/toasts';
import { KIND_LABEL } from '../../components/kinds';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { HighlightEditor } from './HighlightEditor';
import { HighlightList } from './HighlightList';
import { RemovedParts } from './RemovedParts';
import { marksOf, revealElements } from './scroll-to';
import { anchored } from './segments';
import { SelectionToolbar } from './SelectionToolbar';
import { anchorFor } from './useFloatingPosition';
import type { Anchor } from './useFloatingPosition';
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
  knownTags: TagCount[];
  refetch(): void;
}

/** The loaded article: text with highlights drawn in, tagging by selection, editing, and the side list. */
export function Reader({ article, at, highlightId, knownTags, refetch }: ReaderProps) {
  const client = useClient();
  const scrollRef = useRef<HTMLDivElement>(null);
  const toast = useToast();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const selection = useTextSelection({ body: bodyRef, container: scrollRef }, article.body.length);
  const { pending, clear: clearSelection } = selection;

  useRevealOnOpen(bodyRef, article, at, highlightId);

  // A press outside any popover closes the editor (a click on a highlight reopens it there).
  useEffect(() => {
    const onMouseDown = (event: globalThis.MouseEvent) => {
      if (!(event.target instanceof Element && event.target.closest('.floating'))) setEditing(null);
    };
    document.addEventListener('mousedown', onMouseDown);
    return () => document.removeEventListener('mousedown', onMouseDown);
  }, []);

  const openEditor = useCallback(
    (highlight: string, element: HTMLElement) => {
      const container = scrollRef.current;
      if (!container) return;
      clearSelection();
      const covering = (element.dataset.highlights ?? highlight).split(' ');
      setEditing({ id: highlight, covering, anchor: anchorFor(element.getBoundingClientRect(), container) });
    },
    [scrollRef, clearSelection],
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

  const create = async (kind: Kind, tags: string[], note: string) => {
    if (!pending) return;
    const created = await client.call('highlights.create', { articleId: article.id, kind, tags, note, ...pending.span });
    clearSelection();
    refetch();
    toast({
      message: `Tagged as ${KIND_LABEL[kind].toLowerCase()}.`,
      action: { label: 'Undo', run: () => client.call('highlights.delete', { id: created.id }).then(() => undefined) },
    });
  };

  const editingHighlight = editing ? article.highlights.find((h) => h.id === editing.id) : undefined;

  return (
    <div className="view reader">
      <div className="reader-main" ref={scrollRef}>
        <article className="reader-column" aria-labelledby="article-title" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
          <ArticleHeader article={article} />
          {/* Clicks on highlights are a mouse shortcut; the keyboard path is the highlight list beside. */}
          <div onClick={onBodyClick}>
            <ArticleBody ref={bodyRef} body={article.body} blocks={article.blocks} highlights={article.highlights} pending={selection.live ? null : (pending?.span ?? null)} />
          </div>
          <RemovedParts article={article} />
        </article>
        {pending && !editing && (
          <SelectionToolbar key={`${pending.span.start}-${pending.span.end}`} anchor={pending.anchor} knownTags={knownTags} onCreate={create} onClose={clearSelection} />
        )}
        {editing && editingHighlight && (
          <HighlightEditor
            key={editingHighlight.id}
            highlight={editingHighlight}
            others={article.highlights.filter((h) => h.id !== editing.id && editing.covering.includes(h.id))}
            anchor={editing.anchor}
            knownTags={knownTags}
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
      <HighlightList highlights={article.highlights} isAnchored={(h) => anchored(article.body, h)} activeId={editing?.id ?? highlightId ?? null} onSelect={selectFromList} />
    </div>
  );
}
