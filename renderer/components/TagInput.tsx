import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { TagCount } from '../../shared/model';
import './tag-input.css';

interface Props {
  label: string;
  tags: string[];
  onTagsChange(tags: string[]): void;
  /** The text typed but not yet turned into a tag; kept by the parent so a submit can include it. */
  draft: string;
  onDraftChange(draft: string): void;
  /** Tags in use in the notebook, most used first (tags.list). */
  known: TagCount[];
  autoFocus?: boolean;
}

const MAX_SUGGESTIONS = 8;

/** Tags as a list of words: a draft becomes a tag on Enter, comma or leaving the field. */
export function addTags(tags: string[], draft: string): string[] {
  const next = [...tags];
  for (const raw of draft.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 80);
    if (tag && !next.some((t) => t.toLowerCase() === tag.toLowerCase())) next.push(tag);
  }
  return next;
}

/** A tag field with autocomplete from the tags in use (ARIA combobox with a listbox of suggestions). */
export function TagInput({ label, tags, onTagsChange, draft, onDraftChange, known, autoFocus }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(() => {
    const needle = draft.trim().toLowerCase();
    const chosen = new Set(tags.map((t) => t.toLowerCase()));
    return known
      .filter((k) => !chosen.has(k.tag.toLowerCase()) && k.tag.toLowerCase().includes(needle))
      .sort((a, b) => Number(b.tag.toLowerCase().startsWith(needle)) - Number(a.tag.toLowerCase().startsWith(needle)))
      .slice(0, MAX_SUGGESTIONS);
  }, [known, tags, draft]);
  const expanded = open && suggestions.length > 0;

  const commit = (text: string) => {
    onTagsChange(addTags(tags, text));
    onDraftChange('');
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Cycles through the suggestions and back to the typed text (-1).
      const n = suggestions.length + 1;
      setActive((i) => ((i + 1 + step + n) % n) - 1);
    } else if (event.key === 'Enter' && (active >= 0 || draft.trim())) {
      event.preventDefault();
      commit(active >= 0 && expanded ? suggestions[active]!.tag : draft);
    } else if (event.key === ',') {
      event.preventDefault();
      commit(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onTagsChange(tags.slice(0, -1));
    } else if (event.key === 'Escape' && expanded) {
      // Close the list only; the surrounding popover closes on the next Escape.
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="tag-input">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="tag-input-box">
        {tags.map((tag) => (
          <span key={tag} className="tag-chip">
            {tag}
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onTagsChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          autoFocus={autoFocus}
          value={draft}
          placeholder={tags.length ? '' : 'Add tags…'}
          onChange={(e) => {
            onDraftChange(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            if (draft.trim()) commit(draft);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={`${id}-list`} role="listbox" aria-label={`${label}: suggestions`} className="tag-suggestions" hidden={!expanded}>
        {suggestions.map((s, i) => (
          <li
            key={s.tag}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // mousedown, not click: keep the focus in the field so the list does not close first.
            onMouseDown={(e) => {
              e.preventDefault();
              commit(s.tag);
            }}
          >
            <span>{s.tag}</span>
            <span className="tag-count">{s.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
