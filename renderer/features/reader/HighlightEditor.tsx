import { useEffect, useRef, useState } from 'react';
import { KINDS } from '../../../shared/model';
import type { Highlight, HighlightFields, Kind, TagCount } from '../../../shared/model';
import { toApiError } from '../../api/errors';
import { KIND_LABEL } from '../../components/kinds';
import { addTags, TagInput } from '../../components/TagInput';
import { useFloatingPosition } from './useFloatingPosition';
import type { Anchor } from './useFloatingPosition';

interface Props {
  highlight: Highlight;
  /** Other highlights covering the clicked text, to switch to. */
  others: Highlight[];
  anchor: Anchor;
  knownTags: TagCount[];
  onSave(changes: { kind: Kind; tags: string[]; note: string; fields: HighlightFields }): Promise<void>;
  onDelete(): Promise<void>;
  /** Confirms where a close match re-attached a highlight carried to a new version of the article. */
  onAccept(): Promise<void>;
  onSwitch(id: string): void;
  onClose(): void;
}

/** The one structured field that fits each kind (who said it, what the number measures, who claims it). */
const FIELD: Record<Kind, { key: keyof HighlightFields; label: string }> = {
  quote: { key: 'speaker', label: 'Speaker' },
  figure: { key: 'measures', label: 'Measures' },
  claim: { key: 'claimant', label: 'Claimant' },
};

/** Edit or delete a highlight: kind, tags, note and the kind's field. Opens with focus on the kind choice. */
export function HighlightEditor({ highlight, others, anchor, knownTags, onSave, onDelete, onAccept, onSwitch, onClose }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  const position = useFloatingPosition(ref, anchor);
  const [kind, setKind] = useState<Kind>(highlight.kind);
  const [tags, setTags] = useState(highlight.tags);
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState(highlight.note);
  const [fields, setFields] = useState<HighlightFields>(highlight.fields);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = FIELD[kind];

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(toApiError(e).message);
      setBusy(false);
    }
  };

  return (
    <form
      ref={ref}
      className="floating highlight-editor"
      role="dialog"
      aria-label={`Edit ${KIND_LABEL[highlight.kind].toLowerCase()}`}
      style={position}
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => onSave({ kind, tags: addTags(tags, draft), note, fields }));
      }}
    >
      <blockquote className="editor-quote">{highlight.target.quote.exact}</blockquote>
      {highlight.carried?.confidence === 'fuzzy' && !highlight.carried.reviewed && (
        <div className="editor-review">
          <p>
            The article changed; this highlight was re-attached here by a close match ({Math.round(highlight.carried.score * 100)}%). Before:
            “{shorten(highlight.carried.previous.quote.exact)}”
          </p>
          <button type="button" className="button button-small" disabled={busy} onClick={() => void run(onAccept)}>
            Looks right
          </button>
        </div>
      )}
      <div className="kind-buttons" role="group" aria-label="Kind">
        {KINDS.map((k) => (
          <button key={k} type="button" className={`kind-button kind-${k}`} aria-pressed={k === kind} onClick={() => setKind(k)}>
            <span className="kind-swatch" aria-hidden="true" />
            {KIND_LABEL[k]}
          </button>
        ))}
      </div>
      <TagInput label="Tags" tags={tags} onTagsChange={setTags} draft={draft} onDraftChange={setDraft} known={knownTags} />
      <label className="field">
        <span>{field.label}</span>
        <input value={fields[field.key] ?? ''} onChange={(e) => setFields({ ...fields, [field.key]: e.target.value })} />
      </label>
      <label className="field">
        <span>Note</span>
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Save
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void run(onDelete)}>
          Delete
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
      {others.length > 0 && (
        <div className="editor-others">
          <span>Also here:</span>
          {others.map((h) => (
            <button key={h.id} type="button" className="link-button" onClick={() => onSwitch(h.id)}>
              {KIND_LABEL[h.kind]} “{shorten(h.target.quote.exact)}”
            </button>
          ))}
        </div>
      )}
    </form>
  );
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
