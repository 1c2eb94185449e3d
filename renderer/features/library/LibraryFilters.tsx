import type { Kind, TagCount } from '../../../shared/model';
import type { LibraryPrefs, SortKey } from '../../app/ui-state';
import { KIND_CHOICES, SelectField, tagChoices, valueChoices } from '../../components/SelectField';
import { NATURAL_DESCENDING, SORT_LABEL } from './library-model';

const SORT_CHOICES = (Object.keys(SORT_LABEL) as SortKey[]).map((key) => ({ value: key, label: SORT_LABEL[key] }));

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
      <SelectField label="Sort by" value={prefs.sort} choices={SORT_CHOICES} onChange={(sort) => onChange({ sort: sort as SortKey, descending: NATURAL_DESCENDING[sort as SortKey] })} />
      <button
        type="button"
        className="button button-small direction-button"
        onClick={() => onChange({ descending: !prefs.descending })}
        aria-label={prefs.descending ? 'Descending order: switch to ascending' : 'Ascending order: switch to descending'}
      >
        <span aria-hidden="true">{prefs.descending ? '↓' : '↑'}</span>
      </button>
      <span className="filter-separator" aria-hidden="true" />
      <SelectField label="Has" value={prefs.kind} anyLabel="any highlights" choices={KIND_CHOICES} onChange={(kind) => onChange({ kind: kind as Kind | '' })} />
      <SelectField label="Tag" value={prefs.tag} anyLabel="any tag" choices={tagChoices(tags, prefs.tag)} onChange={(tag) => onChange({ tag })} />
      <SelectField label="Source" value={prefs.source} anyLabel="any source" choices={valueChoices(sources, prefs.source)} onChange={(source) => onChange({ source })} />
      {active && (
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
