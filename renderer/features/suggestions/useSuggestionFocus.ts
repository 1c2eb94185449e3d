import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Suggestion } from '../../../shared/evidence';
import { offsetsToRange } from '../reader/selection-offsets';
import { anchorFor } from '../reader/useFloatingPosition';
import type { Anchor } from '../reader/useFloatingPosition';

interface Options {
  body: RefObject<HTMLElement | null>;
  container: RefObject<HTMLElement | null>;
  suggestions: Suggestion[];
  enabled: boolean;
}

/** The rendered pieces of a suggestion in the text. */
const marksOf = (root: HTMLElement, id: string) => [...root.querySelectorAll<HTMLElement>(`mark[data-suggestion="${CSS.escape(id)}"]`)];

/**
 * Which suggestion is being decided on, and where its card goes. It starts on the first one; after a decision it
 * moves on to the one that took its place in reading order; ↑ ↓ move by one. Brings the passage into view.
 */
export function useSuggestionFocus({ body, container, suggestions, enabled }: Options) {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  // Where the current suggestion is in reading order: once decided (gone from the list), the next one takes its place.
  const lastIndex = useRef(0);
  // The user put the card away: do not bring one up again by itself.
  const closed = useRef(false);
  const index = currentId ? suggestions.findIndex((s) => s.id === currentId) : -1;
  const current = index >= 0 ? suggestions[index]! : null;

  // Start on the first suggestion; when the current one is decided, go on to the one that took its place.
  useLayoutEffect(() => {
    if (!enabled) {
      closed.current = false;
      lastIndex.current = 0;
      setCurrentId(null);
      return;
    }
    if (current) {
      lastIndex.current = index;
      return;
    }
    if (closed.current) return;
    const next = suggestions[Math.min(currentId === null ? 0 : lastIndex.current, suggestions.length - 1)];
    setCurrentId(next?.id ?? null);
  }, [enabled, suggestions, current, currentId, index]);

  // The card sits under the passage, which is brought into view.
  useLayoutEffect(() => {
    const root = body.current;
    const scroller = container.current;
    if (!current || !root || !scroller) return setAnchor(null);
    const marks = marksOf(root, current.id);
    // Its words are drawn as marks; should they not be (yet), the body range itself tells where it is.
    const range = marks.length === 0 ? offsetsToRange(root, { start: current.start, end: current.end }) : null;
    const rects = marks.length > 0 ? [marks[0]!.getBoundingClientRect(), marks.at(-1)!.getBoundingClientRect()] : range ? [range.getBoundingClientRect()] : [];
    const first = rects[0];
    if (!first) return setAnchor(null);
    const view = scroller.getBoundingClientRect();
    if (first.top < view.top + 60 || first.bottom > view.bottom - 240) {
      if (marks[0]) marks[0].scrollIntoView({ block: 'center' });
      else scroller.scrollTop += first.top - view.top - view.height / 3;
    }
    const top = marks[0]?.getBoundingClientRect() ?? range!.getBoundingClientRect();
    const last = marks.at(-1)?.getBoundingClientRect() ?? top;
    setAnchor(anchorFor(new DOMRect(top.left, top.top, Math.max(1, last.right - top.left), last.bottom - top.top), scroller));
  }, [body, container, current]);

  const select = useCallback((id: string) => {
    closed.current = false;
    setCurrentId(id);
  }, []);

  const move = (step: 1 | -1) => {
    const next = suggestions[index + step];
    if (next) select(next.id);
  };

  const close = useCallback(() => {
    closed.current = true;
    setCurrentId(null);
  }, []);

  return {
    current: current && anchor ? { id: current.id, anchor } : null,
    shown: current,
    position: index + 1,
    select,
    move,
    close,
  };
}
