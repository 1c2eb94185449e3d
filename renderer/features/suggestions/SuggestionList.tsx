import './suggestions.css';
import type { Suggestion } from '../../../shared/evidence';
import { plural, shorten } from '../../components/format';
import { KindBadge } from '../../components/KindBadge';
import { SUGGESTION_KEYS } from './suggestion-keys';

interface Props {
  suggestions: Suggestion[];
  loaded: boolean;
  hidden?: { dismissed: number; highlighted: number };
  current: string | null;
  onSelect(id: string): void;
}

/** The article's suggestions in reading order, beside the text: choosing one brings it up to decide on. */
export function SuggestionList({ suggestions, loaded, hidden, current, onSelect }: Props) {
  return (
    <section className="suggestion-list" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Suggestions</h2>
      <p className="side-counts" role="status">
        {!loaded
          ? 'Reading the article…'
          : `${plural(suggestions.length, 'suggestion')} to decide on${hidden && hidden.dismissed > 0 ? ` (${hidden.dismissed} dismissed before)` : ''}`}
      </p>
      <p className="side-hint suggestion-keys">
        {SUGGESTION_KEYS.map((k) => (
          <span key={k.does}>
            {k.keys.map((key) => (
              <kbd key={key}>{key}</kbd>
            ))}{' '}
            {k.does}
          </span>
        ))}
      </p>
      <ol className="highlight-list">
        {suggestions.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`highlight-item suggestion-item hl-item-${s.kind}${s.id === current ? ' is-active' : ''}`}
              aria-current={s.id === current ? 'true' : undefined}
              onClick={() => onSelect(s.id)}
            >
              <KindBadge kind={s.kind} />
              <span className="highlight-exact">{shorten(s.text, 160)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
