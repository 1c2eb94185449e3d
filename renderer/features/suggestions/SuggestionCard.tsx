import { useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../../../shared/evidence';
import { KINDS } from '../../../shared/model';
import type { Kind } from '../../../shared/model';
import { toApiError } from '../../api/errors';
import { isTypingTarget } from '../../components/dom';
import { KindBadge } from '../../components/KindBadge';
import { KIND_KEY, KIND_LABEL } from '../../components/kinds';
import { useFloatingPosition } from '../reader/useFloatingPosition';
import type { Anchor } from '../reader/useFloatingPosition';
import { describeReading } from '../evidence/describe-reading';
import { actionForKey } from './suggestion-keys';

interface Props {
  suggestion: Suggestion;
  position: number;
  count: number;
  anchor: Anchor;
  onAccept(kind?: Kind): Promise<void>;
  onDismiss(): Promise<void>;
  onMove(step: 1 | -1): void;
  onClose(): void;
}

/** Where keys decide on the suggestion: the card itself, the article text, or the page (not a field, not the header). */
const decides = (target: EventTarget | null, card: HTMLElement | null): boolean =>
  !isTypingTarget(target) &&
  (target === document.body || (target instanceof Element && (card?.contains(target) || target.closest('.article-text, .suggestion-list') !== null)));

/**
 * The suggestion being decided on, under its passage: what the parser read, why, and one key for each decision
 * (see suggestion-keys). It takes the focus, so the keys work at once.
 */
export function SuggestionCard({ suggestion, position, count, anchor, onAccept, onDismiss, onMove, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const style = useFloatingPosition(ref, anchor);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reading = describeReading(suggestion.kind, suggestion.fields, suggestion.evidence);

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };
  const latest = useRef({ run, onAccept, onDismiss, onMove, onClose });
  latest.current = { run, onAccept, onDismiss, onMove, onClose };

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [suggestion.id]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !decides(event.target, ref.current)) return;
      // Enter and Space on one of the card's buttons press that button.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement) return;
      const action = actionForKey(event);
      if (!action) return;
      event.preventDefault();
      const { run, onAccept, onDismiss, onMove, onClose } = latest.current;
      if (action.type === 'accept') void run(() => onAccept(action.kind));
      else if (action.type === 'dismiss') void run(onDismiss);
      else if (action.type === 'move') onMove(action.step);
      else onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div
      ref={ref}
      className={`floating suggestion-card kind-${suggestion.kind}`}
      role="dialog"
      aria-label={`Suggested ${KIND_LABEL[suggestion.kind].toLowerCase()}, ${position} of ${count}`}
      aria-describedby="suggestion-card-reading"
      tabIndex={-1}
      style={style}
    >
      <div className="suggestion-head">
        <KindBadge kind={suggestion.kind} />
        <span className="suggestion-count">
          Suggestion {position} of {count}
        </span>
        <span className="suggestion-confidence">{Math.round(suggestion.confidence * 100)}% sure</span>
      </div>
      <p id="suggestion-card-reading" className="suggestion-reading">
        {reading || 'Nothing more was read from the passage.'}
        <span className="suggestion-reason"> {suggestion.reason}</span>
      </p>
      <div className="suggestion-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void run(() => onAccept())} aria-keyshortcuts="Enter">
          Accept <kbd aria-hidden="true">Enter</kbd>
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run(onDismiss)} aria-keyshortcuts="Delete">
          Dismiss <kbd aria-hidden="true">Del</kbd>
        </button>
      </div>
      <div className="kind-buttons" role="group" aria-label="Accept as">
        {KINDS.map((k) => (
          <button key={k} type="button" className={`kind-button kind-${k}`} disabled={busy} aria-keyshortcuts={KIND_KEY[k]} onClick={() => void run(() => onAccept(k))}>
            <span className="kind-swatch" aria-hidden="true" />
            {KIND_LABEL[k]}
            <kbd aria-hidden="true">{KIND_KEY[k]}</kbd>
          </button>
        ))}
      </div>
      <div className="suggestion-nav">
        <button type="button" className="button button-small button-quiet" disabled={position <= 1} onClick={() => onMove(-1)} aria-keyshortcuts="ArrowUp">
          ↑ Previous
        </button>
        <button type="button" className="button button-small button-quiet" disabled={position >= count} onClick={() => onMove(1)} aria-keyshortcuts="ArrowDown">
          Next ↓
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onClose} aria-keyshortcuts="Escape">
          Close <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
