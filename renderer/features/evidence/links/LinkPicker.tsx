import { useState } from 'react';
import type { Highlight } from '../../../../shared/model';
import { useClient } from '../../../api/ApiProvider';
import { toApiError } from '../../../api/errors';
import { onNotebookChange, useApiQuery } from '../../../api/hooks';
import { plural, quoted, shorten } from '../../../components/format';
import { KindBadge } from '../../../components/KindBadge';
import { Modal } from '../../../components/Modal';
import { useDebouncedValue } from '../../../components/useDebouncedValue';
import { RELATION_LABEL } from './LinkedItem';

const SHOWN = 40;

interface Props {
  open: boolean;
  claim: Highlight;
  onClose(): void;
}

/**
 * Picks the highlights, in any article, that support or contradict a claim: the board's rows, searched with its
 * query language (words, kind:figure, value:>1m, speaker:"…"). Each choice is saved at once.
 */
export function LinkPicker({ open, claim, onClose }: Props) {
  const client = useClient();
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | null>(null);
  const query = useDebouncedValue(q, 200);
  const rows = useApiQuery('evidence.board', { q: query, limit: SHOWN + 1 }, { enabled: open, keepPrevious: true, invalidateOn: onNotebookChange({ highlights: true }) });
  const linked = new Map((claim.evidence?.links ?? []).map((l) => [l.highlightId, l.relation]));
  const candidates = (rows.data?.rows ?? []).filter((r) => r.highlightId !== claim.id).slice(0, SHOWN);

  const link = async (evidenceId: string, relation: 'supports' | 'contradicts') => {
    setError(null);
    try {
      if (linked.get(evidenceId) === relation) await client.call('evidence.unlink', { claimId: claim.id, evidenceId });
      else await client.call('evidence.link', { claimId: claim.id, evidenceId, relation });
    } catch (e) {
      setError(toApiError(e).message);
    }
  };

  return (
    <Modal open={open} title="Link evidence to this claim" onClose={onClose} className="link-picker">
      <p className="link-picker-claim">{quoted(shorten(claim.target.quote.exact, 140))}</p>
      <div className="field">
        <label htmlFor="link-picker-query">Find a highlight in any article</label>
        <input
          id="link-picker-query"
          type="search"
          value={q}
          data-autofocus
          placeholder='words, or kind:figure value:>1m speaker:"…"'
          aria-describedby="link-picker-status"
          onChange={(e) => setQ(e.target.value)}
          // Inside the editor's form: Enter searches, it must not save the highlight.
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
      </div>
      <p id="link-picker-status" className="choice-hint" role="status">
        {rows.error
          ? rows.error.message
          : rows.data
            ? rows.data.total > SHOWN
              ? `${plural(rows.data.total, 'highlight')}; the first ${SHOWN} are shown: narrow the search.`
              : plural(candidates.length, 'highlight')
            : 'Loading…'}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ul className="link-candidates">
        {candidates.map((row) => {
          const relation = linked.get(row.highlightId);
          return (
            <li key={row.highlightId} className="link-candidate">
              <div className="link-candidate-text">
                <KindBadge kind={row.kind} />
                <span>{quoted(shorten(row.text, 160))}</span>
                <span className="linked-article">
                  {row.articleTitle}
                  {row.source ? ` · ${row.source}` : ''}
                </span>
              </div>
              <div className="link-candidate-actions" role="group" aria-label={`Link “${shorten(row.text, 40)}”`}>
                {(['supports', 'contradicts'] as const).map((r) => (
                  <button key={r} type="button" className={`button button-small relation-button relation-${r}`} aria-pressed={relation === r} onClick={() => void link(row.highlightId, r)}>
                    {RELATION_LABEL[r]}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}
