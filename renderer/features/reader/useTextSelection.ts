import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { Span } from '../../app/route';
import { rangeToOffsets } from './selection-offsets';
import { anchorFor } from './useFloatingPosition';
import type { Anchor } from './useFloatingPosition';

export interface PendingSelection {
  span: Span;
  anchor: Anchor;
  /** Made with the mouse (or caret browsing), or with the reader's keyboard selection. */
  source: 'pointer' | 'keys';
}

interface Refs {
  body: RefObject<HTMLElement | null>;
  container: RefObject<HTMLElement | null>;
}

/**
 * Watches the user select article text (mouse, or keyboard with caret browsing) and keeps the selected body
 * range once the selection is made; `select` sets one chosen with the reader's own keyboard selection. `live`
 * says whether the browser still shows the selection itself; once it does not (focus moved into the toolbar,
 * or the passage was chosen with keys), the reader draws the range instead.
 */
export function useTextSelection({ body, container }: Refs, bodyLength: number) {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [live, setLive] = useState(false);

  useEffect(() => {
    const read = () => {
      const selection = window.getSelection();
      if (!body.current || !container.current || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      const span = rangeToOffsets(body.current, range, bodyLength);
      if (!span) return;
      setPending({ span, anchor: anchorFor(range.getBoundingClientRect(), container.current), source: 'pointer' });
      setLive(true);
    };
    const inPopover = (target: EventTarget | null) => target instanceof Element && target.closest('.floating') !== null;
    // A press outside the popovers starts over; the release after it reads the new selection, if any.
    const onMouseDown = (event: MouseEvent) => {
      if (event.button === 0 && !inPopover(event.target)) setPending(null);
    };
    const onMouseUp = (event: MouseEvent) => {
      if (event.button === 0 && !inPopover(event.target)) read();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key === 'Shift') read();
    };
    const onSelectionChange = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || !body.current || !selection.containsNode(body.current, true)) setLive(false);
    };
    document.addEventListener('mousedown', onMouseDown);
    document.addEventListener('mouseup', onMouseUp);
    document.addEventListener('keyup', onKeyUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      document.removeEventListener('mousedown', onMouseDown);
      document.removeEventListener('mouseup', onMouseUp);
      document.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [body, container, bodyLength]);

  const clear = useCallback(() => {
    setPending(null);
    window.getSelection()?.removeAllRanges();
  }, []);

  /** A passage chosen with the keyboard: drawn by the reader, as the browser has no selection to show. */
  const select = useCallback((span: Span, anchor: Anchor) => {
    window.getSelection()?.removeAllRanges();
    setLive(false);
    setPending({ span, anchor, source: 'keys' });
  }, []);

  return { pending, live, clear, select };
}
