import { useEffect, useRef, useState } from 'react';
import { KINDS } from '../../../shared/model';
import type { Highlight, HighlightFields, Kind, TagCount } from '../../../shared/model';
import { toApiError } from '../../api/errors';
import { KIND_LABEL } from '../../components/kinds';
import { addTags, TagInput } from '../../components/TagInput';
import { draftOf, draftProblems, toChanges } from '../evidence/editor/evidence-draft';
import type { EvidencePatch } from '../evidence/editor/evidence-draft';
import { KindFields } from '../evidence/editor/KindFields';
import { useParsedPrefill } from '../evidence/editor/useParsedPrefill';
import { CitedBy } from '../evidence/links/CitedBy';
import { EvidenceLinks } from '../evidence/links/EvidenceLinks';
import type { HighlightIndex } from '../evidence/links/useHighlightIndex';
import { useFloatingPosition } from './useFloatingPosition';
import type { Anchor } from './useFloatingPosition';

interface Props {
  highlight: Highlight;
  /** Other highlights covering the clicked text, to switch to. */
  others: Highlight[];
  anchor: Anchor;
  knownTags: TagCount[];
  /** Every highlight by id, for the ends of evidence links. */
  index: HighlightIndex;
  onSave(changes: { kind: Kind; tags: string[]; note: string; fields: HighlightFields; evidence: EvidencePatch }): Promise<void>;
  onDelete(): Promise<void>;
  /** Confirms where a close match re-attached a highlight carried to a new version of the article. */
  onAccept(): Promise<void>;
  onSwitch(id: string): void;
  onClose(): void;
}

/**
 * Edit or delete a highlight: kind, tags, note and the kind's structured fields (a figure's numbers, a quote's
 * speaker, a claim's status and evidence), prefilled from the parser where blank. Opens with focus on the kind.
 */
export function HighlightEditor({ highlight, others, anchor, knownTags, index, onSave, onDelete, onAccept, onSwitch, onClose }: Props) {
  const ref = useRef<HTMLFormElement>(null);
  const position = useFloatingPosition(ref, anchor);
  const [kind, setKind] = useState<Kind>(highlight.kind);
  const [tags, setTags] = useState(highlight.tags);
  const [tagDraft, setTagDraft] = useState('');
  const [note, setNote] = useState(highlight.note);
  const { draft, suggested, reading, edit } = useParsedPrefill(highlight.id, kind, () => draftOf(highlight.fields, highlight.evidence));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problems = draftProblems(draft, kind);
  const invalid = Object.keys(problems).length > 0;

  useEffect(() => {
    // Without scrolling: the editor scrolls inside itself, and the passage's words at its top stay in sight.
    ref.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus({ preventScroll: true });
    const onKeyDown = (event: KeyboardEvent) => {
      // Escape in a dialog opened from the editor (the link picker) closes that dialog only.
      const inDialog = event.target instanceof Element && event.target.closest('dialog') !== null;
      if (event.key === 'Escape' && !event.defaultPrevented && !inDialog) {
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
        if (invalid) return;
        void run(() => onSave({ kind, tags: addTags(tags, tagDraft), note, ...toChanges(draft, kind) }));
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
      <TagInput label="Tags" tags={tags} onTagsChange={setTags} draft={tagDraft} onDraftChange={setTagDraft} known={knownTags} />
      <KindFields kind={kind} draft={draft} onChange={edit} errors={problems} suggested={suggested} />
      {(reading || suggested.length > 0) && (
        <p className="field-hint suggested-note" role="status">
          {reading ? 'Reading the passage…' : 'Marked fields were read from the text: check them before saving.'}
        </p>
      )}
      <label className="field">
        <span>Note</span>
        <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {highlight.kind === 'claim' && kind === 'claim' && <EvidenceLinks claim={highlight} index={index} />}
      {highlight.kind === 'claim' && kind !== 'claim' && (highlight.evidence?.links?.length ?? 0) > 0 && (
        <p className="field-hint">Its evidence links stay with it, and show again if it is a claim once more.</p>
      )}
      {highlight.kind !== 'claim' && kind === 'claim' && <p className="field-hint">Save it as a claim to link evidence to it.</p>}
      <CitedBy highlightId={highlight.id} index={index} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit" className="button button-primary" disabled={busy || invalid}>
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
