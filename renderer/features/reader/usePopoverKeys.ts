import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/**
 * The keys of a popover over the article text: Escape closes it, and Tab from the text (or the page) moves into it,
 * since it is not next in the tab order. `onKey` may take other keys (the toolbar's 1/2/3) and returns true when it
 * did. Keys with Ctrl, Alt or Meta are left to the app's shortcuts.
 */
export function usePopoverKeys(ref: RefObject<HTMLElement | null>, onClose: () => void, onKey?: (event: KeyboardEvent) => boolean): void {
  // Installed once; the latest handlers are reached through refs.
  const latest = useRef({ onClose, onKey });
  latest.current = { onClose, onKey };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const inside = ref.current?.contains(event.target as Node) ?? false;
      if (event.key === 'Escape') {
        event.preventDefault();
        latest.current.onClose();
      } else if (event.key === 'Tab' && !inside && fromPage(event.target)) {
        event.preventDefault();
        ref.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
      } else if (latest.current.onKey?.(event)) {
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [ref]);
}

/** Focus is on the page itself or the article text, not on some other control the user tabbed to. */
const fromPage = (target: EventTarget | null): boolean =>
  target === document.body || (target instanceof Element && target.closest('.article-text') !== null);
