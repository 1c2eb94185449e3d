import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { Article } from '../../../shared/model';
import type { Span } from '../../app/route';
import { shorten } from '../../components/format';
import { sentenceFrom, stepForKey, stepPassage, textUnits } from './passage-steps';
import { blockRanges } from './segments';
import { offsetsToRange } from './selection-offsets';
import { anchorFor } from './useFloatingPosition';
import type { Anchor } from './useFloatingPosition';
import type { PendingSelection } from './useTextSelection';

interface Options {
  body: RefObject<HTMLElement | null>;
  container: RefObject<HTMLElement | null>;
  article: Pick<Article, 'body' | 'blocks' | 'lang'>;
  pending: PendingSelection | null;
  select(span: Span, anchor: Anchor): void;
}

/** Room kept under a passage for the popover that follows it, when scrolling the passage into view. */
const POPOVER_ROOM = 220;

/**
 * Tagging without a mouse and without caret browsing. With the article text focused (it is one Tab stop), Enter
 * selects the first sentence in view; the arrow keys then move and reshape the passage (↑↓ sentences, Shift+↑↓
 * more or fewer, ← → its start by a word, Shift+← → its end), and it is drawn like a selection, with the usual
 * toolbar under it: 1/2/3 tag it at once, Tab reaches tags and note, Escape lets go. Enter again moves into the
 * toolbar. `announcement` is the passage's text, for a live region: a screen reader hears what is selected.
 */
export function useKeyboardSelection({ body, container, article, pending, select }: Options) {
  const units = useMemo(() => textUnits(article.body, blockRanges(article.body, article.blocks), article.lang ?? undefined), [article.body, article.blocks, article.lang]);
  const [announcement, setAnnouncement] = useState('');
  // Where the last passage began: after tagging one, Enter starts again from there, not from the top of the view.
  const lastPlace = useRef<number | null>(null);

  const choose = (span: Span) => {
    const root = body.current;
    const scroller = container.current;
    const range = root ? offsetsToRange(root, span) : null;
    if (!root || !scroller || !range) return;
    scrollIntoRoom(scroller, range.getBoundingClientRect());
    select(span, anchorFor(range.getBoundingClientRect(), scroller));
    lastPlace.current = span.start;
    setAnnouncement(`Selected: ${shorten(article.body.slice(span.start, span.end), 200)}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Only the text itself: a link inside the article keeps its own keys.
    if (event.target !== event.currentTarget || event.defaultPrevented) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      if (pending) {
        document.querySelector<HTMLElement>('.floating button:not(:disabled)')?.focus();
        return;
      }
      const root = body.current;
      const inView = root ? firstOffsetInView(root, container.current) : 0;
      const resume = lastPlace.current !== null && root && isInView(root, container.current, lastPlace.current) ? lastPlace.current : null;
      const start = sentenceFrom(units, resume ?? inView);
      if (start) choose(start);
      return;
    }
    // Arrows reshape only a passage chosen with keys: after a mouse selection they scroll, as everywhere else.
    const step = stepForKey(event.nativeEvent);
    if (!step || pending?.source !== 'keys') return;
    event.preventDefault();
    const next = stepPassage(pending.span, step, units);
    if (next.start !== pending.span.start || next.end !== pending.span.end) choose(next);
  };

  return { onKeyDown, announcement };
}

/** The body offset of the first text at the top of the visible part of the article. */
function firstOffsetInView(root: HTMLElement, scroller: HTMLElement | null): number {
  const top = scroller?.getBoundingClientRect().top ?? 0;
  for (const el of root.querySelectorAll<HTMLElement>('[data-offset]')) {
    if (el.getBoundingClientRect().bottom > top + 8) return Number(el.dataset.offset);
  }
  return 0;
}

/** Whether the text at `offset` is on screen (the user has not scrolled away from it). */
function isInView(root: HTMLElement, scroller: HTMLElement | null, offset: number): boolean {
  const range = offsetsToRange(root, { start: offset, end: offset + 1 });
  if (!range || !scroller) return false;
  const rect = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  return rect.bottom > view.top && rect.top < view.bottom;
}

/** Scrolls just enough that the passage, and the popover under it, are in view (its start wins if both cannot be). */
function scrollIntoRoom(scroller: HTMLElement, rect: DOMRect): void {
  const view = scroller.getBoundingClientRect();
  const margin = 16;
  let delta = 0;
  if (rect.bottom + POPOVER_ROOM > view.bottom) delta = rect.bottom + POPOVER_ROOM - view.bottom;
  if (rect.top - delta < view.top + margin) delta = rect.top - view.top - margin;
  if (delta !== 0) scroller.scrollTop += delta;
}
