import { formatRoute } from '../../app/route';
import type { ImportBatch, ImportItem, ItemStatus } from './useImportBatch';

const STATUS_LABEL: Record<ItemStatus, string> = {
  waiting: 'Waiting',
  importing: 'Importing…',
  imported: 'Imported',
  updated: 'New version',
  duplicate: 'Already in the notebook',
  error: 'Not imported',
  cancelled: 'Cancelled',
};

/** Progress with Cancel while a batch runs, then one line per file: imported, duplicate, or why not. */
export function ImportResults({ batch, onOpen, onReviewSuggestions }: { batch: ImportBatch; onOpen(): void; onReviewSuggestions(articleIds: string[]): void }) {
  if (batch.items.length === 0) return null;
  // New articles and new versions: what the parser may find claims, figures and quotes in.
  const fresh = [...new Set(batch.items.filter((i) => (i.status === 'imported' || i.status === 'updated') && i.articleId).map((i) => i.articleId!))];
  const counts = (['imported', 'updated', 'duplicate', 'error', 'cancelled'] as const)
    .map((s) => [s, batch.items.filter((i) => i.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${STATUS_LABEL[s].toLowerCase()}`);
  return (
    <section className="import-results" aria-labelledby="import-results-title">
      <div className="import-progress">
        <h3 id="import-results-title">{batch.running ? `Importing ${batch.done + 1} of ${batch.total}…` : 'Import finished'}</h3>
        <progress max={batch.total} value={batch.done} aria-labelledby="import-results-title" />
        {batch.running ? (
          <button type="button" className="button" onClick={batch.cancel}>
            Cancel
          </button>
        ) : (
          <button type="button" className="button button-quiet" onClick={batch.clear}>
            Clear
          </button>
        )}
      </div>
      <p className="import-summary" role="status">
        {batch.running ? '' : counts.join(' · ')}
      </p>
      {!batch.running && fresh.length > 0 && (
        <div className="import-suggest">
          <p>Let the parser propose the claims, figures and quotes in {fresh.length === 1 ? 'this article' : `these ${fresh.length} articles`}, to accept or dismiss one key at a time.</p>
          <button type="button" className="button button-primary" onClick={() => onReviewSuggestions(fresh)}>
            Review suggestions
          </button>
        </div>
      )}
      <ul className="import-list">
        {batch.items.map((item) => (
          <ImportLine key={item.key} item={item} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

/** One file's outcome; its title opens the article (and closes the dialog, via onOpen). */
function ImportLine({ item, onOpen }: { item: ImportItem; onOpen(): void }) {
  const href = item.articleId ? formatRoute({ view: 'article', id: item.articleId }) : null;
  return (
    <li className={`import-item status-${item.status}`} data-status={item.status}>
      <span className="import-status">{STATUS_LABEL[item.status]}</span>
      <span className="import-file" title={item.label}>
        {item.label}
      </span>
      <span className="import-detail">
        {item.error ??
          (href && item.title ? (
            <a href={href} title={item.title} onClick={onOpen}>
              {item.title}
            </a>
          ) : null)}
        {item.carried && <span className="import-warning">{carriedSummary(item.carried)}</span>}
        {item.warnings?.map((w) => (
          <span key={w} className="import-warning">
            {w}
          </span>
        ))}
      </span>
    </li>
  );
}

/** "Highlights carried over: 3 in place, 1 to check" — what a new version of an article did to its highlights. */
function carriedSummary(carried: NonNullable<ImportItem['carried']>): string {
  const kept = carried.exact + carried.moved;
  const check = carried.fuzzy + carried.orphaned;
  if (kept + check === 0) return 'No highlights to carry over.';
  return `Highlights carried over: ${kept} in place${check ? `, ${check} to check in the article` : ''}.`;
}
