import { useEffect, useRef, useState } from 'react';
import { KINDS } from '../../../shared/model';
import type { Kind, TagCount } from '../../../shared/model';
import { toApiError } from '../../api/errors';
import { isTypingTarget } from '../../components/dom';
import { KIND_KEY, KIND_LABEL, kindForKey } from '../../components/kinds';
import { addTags, TagInput } from '../../components/TagInput';
import { useFloatingPosition } from './useFloatingPosition';
import type { Anchor } from './useFloatingPosition';

interface Props {
  anchor: Anchor;
  knownTags: TagCount[];
  onCreate(kind: Kind, tags: string[], note: string): Promise<void>;
  onClose(): void;
}

/**
 * Appears under a fresh selection. One keystroke (1, 2, 3) or click tags it as a claim, figure or quote, with
 * whatever tags and note were typed first. Escape closes it; Tab from the page moves into it.
 */
export function SelectionToolbar({ anchor, knownTags, onCreate, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const position = useFloatingPosition(ref, anchor);
  const [tags, setTags] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async (kind: Kind) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onCreate(kind, addTags(tags, draft), note);
    } catch (e) {
      setError(toApiError(e).message);
      setBusy(false);
    }
  };
  // The document-level key handler below is installed once; it reaches the latest state through this ref.
  const createRef = useRef(create);
  createRef.current = create;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const inside = ref.current?.contains(event.target as Node) ?? false;
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab' && !inside && fromPage(event.target)) {
        event.preventDefault();
        ref.current?.querySelector<HTMLElement>('button')?.focus();
      } else if (!isTypingTarget(event.target)) {
        const kind = kindForKey(event.key);
        if (kind) {
          event.preventDefault();
          void createRef.current(kind);
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <div ref={ref} className="floating selection-toolbar" role="dialog" aria-label="Tag the selected passage" style={position}>
      <div className="kind-buttons" role="group" aria-label="Tag as">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`kind-button kind-${kind}`}
            disabled={busy}
            aria-keyshortcuts={KIND_KEY[kind]}
            onClick={() => void create(kind)}
          >
            <span className="kind-swatch" aria-hidden="true" />
            {KIND_LABEL[kind]}
            <kbd aria-hidden="true">{KIND_KEY[kind]}</kbd>
          </button>
        ))}
      </div>
      <TagInput label="Tags" tags={tags} onTagsChange={setTags} draft={draft} onDraftChange={setDraft} known={knownTags} />
      <label className="field">
        <span>Note</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why it matters (optional)" />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Focus is on the page itself or the article text, not on some other control the user tabbed to. */
const fromPage = (target: EventTarget | null): boolean =>
  target === document.body || (target instanceof Element && target.closest('.article-body') !== null);
