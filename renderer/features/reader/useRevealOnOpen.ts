import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Article } from '../../../shared/model';
import type { Span } from '../../app/route';
import { marksOf, revealElements, segmentsIn } from './scroll-to';

/** On opening from a search result, scrolls to the passage or highlight it points at, once. */
export function useRevealOnOpen(bodyRef: RefObject<HTMLElement | null>, article: Article, at: Span | undefined, highlightId: string | undefined) {
  const revealed = useRef('');
  useEffect(() => {
    const key = `${article.id}|${at?.start}-${at?.end}|${highlightId}`;
    const root = bodyRef.current;
    if (!root || revealed.current === key || (!at && !highlightId)) return;
    revealed.current = key;
    const marks = highlightId ? marksOf(root, highlightId) : [];
    revealElements(marks.length > 0 ? marks : at ? segmentsIn(root, at) : []);
  }, [bodyRef, article, at, highlightId]);
}
