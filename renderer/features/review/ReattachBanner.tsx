import { useEffect, useRef } from 'react';
import type { Highlight } from '../../../shared/model';
import { shorten } from '../../components/format';
import { KIND_LABEL } from '../../components/kinds';

/**
 * While a highlight is being re-attached: what it was, and how to give it a new place. Focus comes here first, so
 * a screen reader reads the instructions; the article text is the next Tab stop.
 */
export function ReattachBanner({ highlight, onCancel }: { highlight: Highlight; onCancel(): void }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), [highlight.id]);
  const before = highlight.carried?.previous.quote.exact ?? highlight.target.quote.exact;
  const kind = KIND_LABEL[highlight.kind].toLowerCase();
  return (
    <div className="reattach-banner" role="region" aria-labelledby="reattach-title">
      <div>
        <h2 id="reattach-title" ref={ref} tabIndex={-1}>
          Re-attaching a {kind}: “{shorten(before, 90)}”
        </h2>
        <p>Select its new place in the text (or Tab to the text and press Enter to select with the keys), then confirm.</p>
      </div>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
