import { KINDS } from '../../../shared/model';
import type { Kind, TagCount } from '../../../shared/model';
import type { LibraryPrefs, SortKey } from '../../app/ui-state';
import { KIND_PLURAL } from '../../components/kinds';
import { NATURAL_DESCENDING, SORT_LABEL } from './library-model';

interface Props {
  prefs: LibraryPrefs;
  tags: TagCount[];
  sources: string[];
  onChange(update: Partial<LibraryPrefs>): void;
  onClear(): void;
}

/**
 * Order the library (also done by clicking a column header), and narrow it by what its articles hold: a kind of
 * highlight, a tag, or where they come from.
 */
export function LibraryFilters({ prefs, tags, sources, onChange, onClear }: Props) {
  const active = Boolean(prefs.kind || prefs.tag || prefs.source);
  return (
    <div className="filter-bar" role="group" aria-label="Filter the library">
      <label className="field-inline">
        <span>Sort by</span>
        <select
          value={prefs.sort}
          onChange={(e) => {
            const sort = e.target.value as SortKey;
            onChange({ sort, descending: NATURAL_DESCENDING[sort] });
          }}
        >
          {(Object.keys(SORT_LABEL) as SortKey[]).map((key) => (
            <option key={key} value={key}>
              {SORT_LABEL[key]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button-small direction-button"
        onClick={() => onChange({ descending: !prefs.descending })}
        aria-label={prefs.descending ? 'Descending order: switch to ascending' : 'Ascending order: switch to descending'}
      >
        <span aria-hidden="true">{prefs.descending ? '↓' : '↑'}</span>
      </button>
      <span className="filter-separator" aria-hidden="true" />
      <label className="field-inline">
        <span>Has</span>
        <select value={prefs.kind} onChange={(e) => onChange({ kind: e.target.value as Kind | '' })}>
          <option value="">any highlights</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_PLURAL[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>Tag</span>
        <select value={prefs.tag} onChange={(e) => onChange({ tag: e.target.value })}>
          <option value="">any tag</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
          {prefs.tag && !tags.some((t) => t.tag === prefs.tag) && <option value={prefs.tag}>{prefs.tag}</option>}
        </select>
      </label>
      <label className="field-inline">
        <span>Source</span>
        <select value={prefs.source} onChange={(e) => onChange({ source: e.target.value })}>
          <option value="">any source</option>
          {sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          {prefs.source && !sources.includes(prefs.source) && <option value={prefs.source}>{prefs.source}</option>}
        </select>
      </label>
      {active && (
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
