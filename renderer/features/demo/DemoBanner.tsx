import { useState } from 'react';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { plural } from '../../components/format';
import { DEMO_BANNER_HIDDEN, remember, remembered } from './remembered';
import { RemoveDemoDialog } from './RemoveDemoDialog';
import './demo.css';

/**
 * Above the library while demo articles are in it: what they are, and how to remove them in one go. It can be put
 * away; the About dialog still offers the removal.
 */
export function DemoBanner() {
  const demo = useApiQuery('demo.status', {}, { invalidateOn: onNotebookChange({ articles: true, highlights: true }), keepPrevious: true });
  const [hidden, setHidden] = useState(() => remembered(DEMO_BANNER_HIDDEN));
  const [confirming, setConfirming] = useState(false);
  const counts = demo.data;
  if (!counts || counts.articles === 0 || hidden) return null;
  return (
    <div className="demo-banner" role="region" aria-label="Demo articles">
      <p>
        <strong>{plural(counts.articles, 'demo article')}</strong> {counts.articles === 1 ? 'is' : 'are'} here to try Sourcebook on. Tag, search and export
        them freely; remove them when you are ready for your own.
      </p>
      <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
        Remove demo articles…
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Hide this message"
        title="Hide this message (About keeps the removal)"
        onClick={() => {
          remember(DEMO_BANNER_HIDDEN);
          setHidden(true);
        }}
      >
        ×
      </button>
      <RemoveDemoDialog open={confirming} counts={counts} onClose={() => setConfirming(false)} />
    </div>
  );
}
