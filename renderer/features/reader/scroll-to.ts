import type { Span } from '../../app/route';

const FLASH_MS = 1600;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The rendered elements of a highlight, in reading order. */
export function marksOf(root: HTMLElement, highlightId: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark[data-highlights~="${CSS.escape(highlightId)}"]`)];
}

/** The rendered segments that overlap a body range. */
export function segmentsIn(root: HTMLElement, span: Span): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-offset]')].filter((el) => {
    const start = Number(el.dataset.offset);
    const end = start + (el.textContent ?? '').length;
    return start < span.end && end > span.start;
  });
}

/** Scrolls the first element to the middle of the view and makes them all blink briefly, to show where to look. */
export function revealElements(elements: HTMLElement[]): void {
  const first = elements[0];
  if (!first) return;
  first.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  for (const el of elements) el.classList.add('is-flashing');
  setTimeout(() => {
    for (const el of elements) el.classList.remove('is-flashing');
  }, FLASH_MS);
}
