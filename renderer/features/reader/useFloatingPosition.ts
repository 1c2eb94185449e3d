import { useLayoutEffect, useState } from 'react';
import type { CSSProperties, RefObject } from 'react';

/** Where a popover points: below a passage, centred on it, in the scroll container's coordinates. */
export interface Anchor {
  /** Just below the passage. */
  top: number;
  /** Just above the passage, for when there is no room below. */
  above: number;
  /** Horizontal centre of the passage. */
  centre: number;
}

const MARGIN = 12;

/**
 * Places a popover centred under its anchor, inside its container's width, and above the passage when it would
 * run past the bottom of the view but fits above. Computed after layout from the popover's real size (before
 * the first paint), and applied through the style prop (CSSOM), which the strict CSP allows.
 */
export function useFloatingPosition(ref: RefObject<HTMLElement | null>, anchor: Anchor): CSSProperties {
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const container = el?.offsetParent as HTMLElement | null;
    if (!el || !container) return;
    const { offsetWidth: width, offsetHeight: height } = el;
    const left = Math.max(MARGIN, Math.min(anchor.centre - width / 2, container.clientWidth - width - MARGIN));
    const viewTop = container.scrollTop;
    const viewBottom = viewTop + container.clientHeight;
    const below = anchor.top + height <= viewBottom;
    const above = anchor.above - height >= viewTop;
    if (below || above) return setPlace({ top: below ? anchor.top : anchor.above - height, left });
    // Too tall for the room on either side (a figure's editor): open below the passage and scroll the passage to
    // the top of the view, so the popover never covers the passage it is about. Once placed, the scroll area
    // reaches the popover's end even near the end of the article.
    setPlace({ top: anchor.top, left });
    requestAnimationFrame(() => container.scrollTo({ top: Math.max(0, anchor.above - MARGIN) }));
  }, [ref, anchor]);
  // Until measured, centred on an estimated width. Never hidden, so focus can move into it as soon as it mounts.
  return place ?? { top: anchor.top, left: Math.max(MARGIN, anchor.centre - 180) };
}

/** The anchor for a DOM range or element, relative to the scroll container `container`. */
export function anchorFor(rect: DOMRect, container: HTMLElement): Anchor {
  const box = container.getBoundingClientRect();
  return {
    top: rect.bottom - box.top + container.scrollTop + 8,
    above: rect.top - box.top + container.scrollTop - 8,
    centre: rect.left + rect.width / 2 - box.left + container.scrollLeft,
  };
}
