import { useMemo, useRef, useState } from 'react';
import type { ArticleVersion } from '../../../shared/model';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { ChangeText } from '../../components/ChangeText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { plural } from '../../components/format';
import { foldUnchanged, groupChanges, summarise } from '../../components/text-changes';
import type { ChangeSummary } from '../../components/text-changes';

interface Props {
  articleId: string;
  versions: ArticleVersion[];
  from: number;
  to: number;
  onChange(pair: { from: number; to: number }): void;
}

/**
 * The word-level changes between two versions, unchanged stretches folded by default so the changes of a long
 * article fit on a screen. Previous/Next move focus from change to change (each is announced as removed/added).
 */
export function VersionDiff({ articleId, versions, from, to, onChange }: Props) {
  const diff = useApiQuery('articles.diff', { id: articleId, from, to }, { enabled: from !== to, invalidateOn: onNotebookChange({ articles: true }) });
  const [whole, setWhole] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const grouped = useMemo(() => (diff.data ? groupChanges(diff.data.changes) : []), [diff.data]);
  const pieces = useMemo(() => (whole ? grouped : foldUnchanged(grouped)), [grouped, whole]);
  const summary = useMemo(() => summarise(grouped), [grouped]);
  const [current, setCurrent] = useState(-1);

  const go = (step: 1 | -1) => {
    const marks = [...(textRef.current?.querySelectorAll<HTMLElement>('[data-change]') ?? [])];
    const next = Math.min(marks.length - 1, Math.max(0, current + step));
    const target = marks[next];
    if (!target) return;
    setCurrent(next);
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center' });
  };

  const label = `Changes from version ${from + 1} to version ${to + 1}`;
  return (
    <section className="version-diff" aria-labelledby="version-diff-title">
      <h3 id="version-diff-title">What changed</h3>
      <div className="diff-controls">
        <label className="field-inline">
          <span>From</span>
          <VersionSelect count={versions.length} value={from} onChange={(v) => onChange({ from: v, to })} />
        </label>
        <label className="field-inline">
          <span>to</span>
          <VersionSelect count={versions.length} value={to} onChange={(v) => onChange({ from, to: v })} />
        </label>
        <label className="field-inline diff-whole">
          <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.target.checked)} />
          <span>Show the whole text</span>
        </label>
      </div>
      {from === to ? (
        <p className="diff-summary">Choose two different versions to compare.</p>
      ) : diff.error ? (
        <ErrorMessage error={diff.error} onRetry={diff.refetch} />
      ) : !diff.data ? (
        <p className="diff-summary">Comparing…</p>
      ) : (
        <>
          <div className="diff-nav">
            <p className="diff-summary" role="status">
              {describe(summary)}
            </p>
            {summary.changes > 0 && (
              <>
                <button type="button" className="button button-small" onClick={() => go(-1)} disabled={current <= 0}>
                  Previous change
                </button>
                <button type="button" className="button button-small" onClick={() => go(1)} disabled={current >= summary.changes - 1}>
                  Next change
                </button>
              </>
            )}
          </div>
          {/* Focusable: it scrolls on its own, and keyboard users must be able to scroll it. */}
          <div ref={textRef} className="diff-text" role="region" aria-label={label} tabIndex={0}>
            <ChangeText pieces={pieces} navigable />
          </div>
          <p className="diff-legend" aria-hidden="true">
            <del className="change-removed">struck through</del>: removed · <ins className="change-added">underlined</ins>: added
          </p>
        </>
      )}
    </section>
  );
}

function describe(s: ChangeSummary): string {
  if (s.changes === 0) return 'The text is the same in both versions.';
  return `${plural(s.changes, 'change')}: ${plural(s.wordsAdded, 'word')} added, ${plural(s.wordsRemoved, 'word')} removed.`;
}

function VersionSelect({ count, value, onChange }: { count: number; value: number; onChange(index: number): void }) {
  return (
    <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {Array.from({ length: count }, (_, i) => (
        <option key={i} value={i}>
          version {i + 1}
          {i === count - 1 ? ' (current)' : ''}
        </option>
      ))}
    </select>
  );
}
