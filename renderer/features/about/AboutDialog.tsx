import { useState } from 'react';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { COMMANDS } from '../../app/commands';
import { useUi } from '../../app/ui-state';
import { RemoveDemoDialog } from '../demo/RemoveDemoDialog';
import { CheckNotebook } from './CheckNotebook';
import { Modal } from '../../components/Modal';
import { plural } from '../../components/format';
import { KINDS } from '../../../shared/model';
import { KIND_KEY, KIND_LABEL } from '../../components/kinds';
import { SUGGESTION_KEYS } from '../suggestions/suggestion-keys';

/** What is in this notebook, where it lives, and the keyboard shortcuts. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const stats = useApiQuery('notebook.stats', {}, { enabled: open, invalidateOn: onNotebookChange({ articles: true, highlights: true }) });
  const demo = useApiQuery('demo.status', {}, { enabled: open, invalidateOn: onNotebookChange({ articles: true, highlights: true }) });
  const { showTour } = useUi();
  const [removing, setRemoving] = useState(false);
  const s = stats.data;
  return (
    <Modal open={open} title="About this notebook" onClose={onClose} className="about-dialog">
      {s ? (
        <dl className="stats">
          <dt>Folder</dt>
          <dd className="path">{s.path}</dd>
          <dt>Articles</dt>
          <dd>
            {plural(s.articles, 'article')}, {plural(s.words, 'word')}
          </dd>
          <dt>Highlights</dt>
          <dd>
            {plural(s.highlights, 'highlight')}: {KINDS.map((k) => plural(s.counts[k], KIND_LABEL[k].toLowerCase())).join(', ')}
          </dd>
          <dt>Tags</dt>
          <dd>{plural(s.tags, 'tag')}</dd>
          <dt>Search index</dt>
          <dd>{s.index.current ? `up to date (${plural(s.index.documents, 'document')})` : 'will be rebuilt on the next search'}</dd>
          <dt>Integrity</dt>
          <dd>
            <CheckNotebook />
          </dd>
          {demo.data && demo.data.articles > 0 && (
            <>
              <dt>Demo</dt>
              <dd className="about-demo">
                {plural(demo.data.articles, 'demo article')}
                <button type="button" className="button button-small" onClick={() => setRemoving(true)}>
                  Remove demo articles…
                </button>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p>{stats.error ? stats.error.message : 'Loading…'}</p>
      )}
      <h3>Keyboard</h3>
      <dl className="shortcuts">
        {COMMANDS.filter((c) => c.shortcut).map((c) => (
          <div key={c.id}>
            <dt>
              <kbd>{c.shortcut}</kbd>
            </dt>
            <dd>{c.label}</dd>
          </div>
        ))}
        <div>
          <dt>
            {KINDS.map((k) => (
              <kbd key={k}>{KIND_KEY[k]}</kbd>
            ))}
          </dt>
          <dd>With text selected: tag it as {KINDS.map((k) => KIND_LABEL[k].toLowerCase()).join(', ')}</dd>
        </div>
        {SUGGESTION_KEYS.slice(0, 3).map((k) => (
          <div key={k.does}>
            <dt>
              {k.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>On a suggestion (Suggest, in an article): {k.does}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>Close a popover or dialog; leave the search</dd>
        </div>
        <div>
          <dt>
            <kbd>Tab</kbd> <kbd>Enter</kbd>
          </dt>
          <dd>In an article: select a sentence to tag with the keyboard; the arrow keys reshape it</dd>
        </div>
      </dl>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onClose();
            showTour();
          }}
        >
          Show the welcome tour again
        </button>
      </p>
      {demo.data && <RemoveDemoDialog open={removing} counts={demo.data} onClose={() => setRemoving(false)} />}
    </Modal>
  );
}
