import { useRef, useState } from 'react';
import { KINDS } from '../../../shared/model';
import type { Kind, TagCount } from '../../../shared/model';
import { toApiError } from '../../api/errors';
import { isTypingTarget } from '../../components/dom';
import { KIND_KEY, KIND_LABEL, kindForKey } from '../../components/kinds';
import { addTags, TagInput } from '../../components/TagInput';
import { useFloatingPosition } from './useFloatingPosition';
import { usePopoverKeys } from './usePopoverKeys';
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
  usePopoverKeys(ref, onClose, (event) => {
    const kind = isTypingTarget(event.target) ? undefined : kindForKey(event.key);
    if (kind) void create(kind);
    return kind !== undefined;
  });

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

