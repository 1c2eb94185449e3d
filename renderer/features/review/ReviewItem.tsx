import { useEffect, useMemo, useRef, useState } from 'react';
import type { Highlight } from '../../../shared/model';
import { formatRoute } from '../../app/route';
import { ChangeText } from '../../components/ChangeText';
import { KindBadge } from '../../components/KindBadge';
import { KIND_LABEL } from '../../components/kinds';
import { wordDiff } from '../../components/word-diff';
import { QuoteInContext } from './QuoteInContext';
import { reviewStatus } from './review-model';

interface Props {
  highlight: Highlight;
  onAccept(h: Highlight): Promise<void>;
  onDelete(h: Highlight): Promise<void>;
  /** In the reader: scrolls to where the close match put it. */
  onShow?(h: Highlight): void;
}

/**
 * One highlight to review: its text as it was, with the words around it; for a close match, what it covers now
 * with the differences marked. Then: keep it there, re-attach it to a passage chosen in the text, or delete it.
 */
export function ReviewItem({ highlight: h, onAccept, onDelete, onShow }: Props) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const carried = h.carried!;
  const orphan = carried.confidence === 'orphaned';
  const now = useMemo(() => (orphan ? [] : wordDiff(carried.previous.quote.exact, h.target.quote.exact)), [orphan, carried, h.target]);
  const kind = KIND_LABEL[h.kind].toLowerCase();
  const run = (action: (h: Highlight) => Promise<void>) => async () => {
    setBusy(true);
    await action(h);
    setBusy(false);
  };

  return (
    <article className={`review-item review-${carried.confidence}`} aria-label={`${KIND_LABEL[h.kind]}: ${reviewStatus(h)}`}>
      <div className="review-head">
        <KindBadge kind={h.kind} />
        <span className="review-status">{reviewStatus(h)}</span>
      </div>
      <p className="review-label">Before</p>
      <QuoteInContext quote={carried.previous.quote} />
      {orphan ? (
        <p className="review-explain">These words are not in the current text, so the {kind} is not shown in it. Re-attach it to where they went, or delete it.</p>
      ) : (
        <>
          <p className="review-label">Now</p>
          <p className="review-now">
            <ChangeText pieces={now} />
          </p>
        </>
      )}
      {(h.note || h.tags.length > 0) && (
        <p className="review-meta">
          {h.tags.map((t) => (
            <span key={t} className="tag">
              {t}
            </span>
          ))}
          {h.note && <span className="review-note">{h.note}</span>}
        </p>
      )}
      {confirming ? (
        <div className="review-actions review-confirm" role="group" aria-label="Confirm the deletion">
          <span>Delete for good? Its words are not in the text, so it cannot be undone.</span>
          <ConfirmButtons busy={busy} onConfirm={() => void run(onDelete)()} onCancel={() => setConfirming(false)} />
        </div>
      ) : (
        <div className="review-actions">
          {!orphan && (
            <button type="button" className="button button-small button-primary" disabled={busy} onClick={() => void run(onAccept)()}>
              Looks right
            </button>
          )}
          <a className="button button-small" href={formatRoute({ view: 'article', id: h.articleId, reattach: h.id })}>
            Re-attach…
          </a>
          {onShow && !orphan && (
            <button type="button" className="button button-small button-quiet" onClick={() => onShow(h)}>
              Show in text
            </button>
          )}
          <button
            type="button"
            className="button button-small button-quiet button-quiet-danger"
            disabled={busy}
            onClick={() => (orphan ? setConfirming(true) : void run(onDelete)())}
          >
            {orphan ? 'Delete…' : 'Delete'}
          </button>
        </div>
      )}
    </article>
  );
}

/** The inline confirmation of an orphan's deletion; focus moves to it, Keep is the safe default. */
function ConfirmButtons({ busy, onConfirm, onCancel }: { busy: boolean; onConfirm(): void; onCancel(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <span className="review-confirm-buttons">
      <button type="button" className="button button-small button-danger-solid" disabled={busy} onClick={onConfirm}>
        Delete
      </button>
      <button ref={keep} type="button" className="button button-small" onClick={onCancel}>
        Keep it
      </button>
    </span>
  );
}
