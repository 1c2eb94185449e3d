import { KINDS } from '../../../shared/model';
import type { ArticleSummary, Kind, NotebookStats, TagCount } from '../../../shared/model';
import { plural } from '../../components/format';
import { KIND_PLURAL } from '../../components/kinds';
import { ArticlePicker } from './ArticlePicker';
import type { ExportScope } from './export-scope';

interface Props {
  scope: ExportScope;
  onChange(scope: ExportScope): void;
  stats: NotebookStats | undefined;
  tags: TagCount[];
  articles: ArticleSummary[];
}

/**
 * What to export: everything, the highlights with a tag or of a kind (with their articles), or chosen articles
 * with all their highlights. Each choice's control sits beside it and chooses it when used.
 */
export function ScopeChoice({ scope, onChange, stats, tags, articles }: Props) {
  const firstTag = tags[0]?.tag ?? '';
  return (
    <fieldset className="choice-group scope-choice">
      <legend>What to export</legend>
      <label className="choice">
        <input type="radio" name="export-scope" checked={scope.by === 'all'} onChange={() => onChange({ by: 'all' })} />
        <span className="choice-text">
          <span className="choice-label">The whole notebook</span>
          {stats && <span className="choice-hint">{`${plural(stats.articles, 'article')}, ${plural(stats.highlights, 'highlight')}`}</span>}
        </span>
      </label>
      <div className="choice">
        <input
          type="radio"
          id="export-scope-tag"
          name="export-scope"
          checked={scope.by === 'tag'}
          disabled={tags.length === 0}
          onChange={() => onChange({ by: 'tag', tag: firstTag })}
        />
        <label htmlFor="export-scope-tag" className="choice-label">
          Highlights with the tag
        </label>
        <select
          aria-label="Tag"
          value={scope.by === 'tag' ? scope.tag : ''}
          disabled={tags.length === 0}
          onChange={(e) => onChange({ by: 'tag', tag: e.target.value })}
        >
          {scope.by !== 'tag' && <option value="">{tags.length === 0 ? 'no tags yet' : 'choose…'}</option>}
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {t.tag} ({t.count})
            </option>
          ))}
        </select>
      </div>
      <div className="choice">
        <input type="radio" id="export-scope-kind" name="export-scope" checked={scope.by === 'kind'} onChange={() => onChange({ by: 'kind', kind: 'claim' })} />
        <label htmlFor="export-scope-kind" className="choice-label">
          Highlights of one kind
        </label>
        <select aria-label="Kind" value={scope.by === 'kind' ? scope.kind : ''} onChange={(e) => onChange({ by: 'kind', kind: e.target.value as Kind })}>
          {scope.by !== 'kind' && <option value="">choose…</option>}
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_PLURAL[k]}
              {stats ? ` (${stats.counts[k]})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="choice choice-block">
        <input
          type="radio"
          id="export-scope-articles"
          name="export-scope"
          checked={scope.by === 'articles'}
          onChange={() => onChange({ by: 'articles', ids: [] })}
        />
        <label htmlFor="export-scope-articles" className="choice-label">
          Chosen articles, with all their highlights
        </label>
        {scope.by === 'articles' && <ArticlePicker articles={articles} chosen={scope.ids} onChange={(ids) => onChange({ by: 'articles', ids })} />}
      </div>
    </fieldset>
  );
}
