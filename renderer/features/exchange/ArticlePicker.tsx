import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { plural } from '../../components/format';

/** A long list is cut here: a notebook of 10,000 articles is narrowed by typing, not by scrolling. */
const SHOWN = 100;

interface Props {
  articles: ArticleSummary[];
  chosen: string[];
  onChange(ids: string[]): void;
}

/** Check the articles to export; a filter narrows the list by title or source. */
export function ArticlePicker({ articles, chosen, onChange }: Props) {
  const [filter, setFilter] = useState('');
  // Those chosen when the picker opened (the article being read) come first; later ticks do not reorder the list.
  const [first] = useState(() => new Set(chosen));
  const matching = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const found = needle ? articles.filter((a) => a.title.toLowerCase().includes(needle) || (a.source ?? '').toLowerCase().includes(needle)) : articles;
    return [...found].sort((a, b) => Number(first.has(b.id)) - Number(first.has(a.id)));
  }, [articles, filter, first]);
  const chosenSet = new Set(chosen);
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));

  return (
    <div className="article-picker">
      <div className="article-picker-head">
        <input type="search" aria-label="Filter the articles" placeholder="Filter by title or source" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="article-picker-count" aria-live="polite">
          {plural(chosen.length, 'article')} chosen
        </span>
      </div>
      <ul className="article-picker-list" aria-label="Articles">
        {matching.slice(0, SHOWN).map((a) => (
          <li key={a.id}>
            <label>
              <input type="checkbox" checked={chosenSet.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
              <span className="article-picker-title">{a.title}</span>
              <span className="article-picker-meta">{plural(a.highlights, 'highlight')}</span>
            </label>
          </li>
        ))}
      </ul>
      {matching.length > SHOWN && <p className="choice-hint">{plural(matching.length - SHOWN, 'more article')} match: type to narrow the list.</p>}
    </div>
  );
}
