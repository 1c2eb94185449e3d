import { memo } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { formatRoute } from '../../app/route';
import { formatDay, formatTimestamp } from '../../components/format';
import '../../components/kinds.css';
import { KINDS } from '../../../shared/model';

interface Props {
  article: ArticleSummary;
  index: number;
  /** Offset from the top of the list, from the virtualiser. */
  top: number;
}

/** One library row. The title is the link (the keyboard path); a click anywhere on the row opens it too. */
export const ArticleRow = memo(function ArticleRow({ article, index, top }: Props) {
  const href = formatRoute({ view: 'article', id: article.id });
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="article-row"
      data-index={index}
      style={{ transform: `translateY(${top}px)` }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a')) return;
        window.location.hash = href;
      }}
    >
      <div role="cell" className="cell-title">
        <a href={href} className="article-link" title={article.title}>
          {article.title}
        </a>
        {article.author && <span className="article-author">{article.author}</span>}
      </div>
      <div role="cell" className="cell-source" title={article.source ?? undefined}>
        {article.source ?? <span className="missing">—</span>}
      </div>
      <div role="cell" className="cell-date">
        {article.date ? formatDay(article.date) : <span className="missing">—</span>}
      </div>
      {KINDS.map((kind) => (
        <div key={kind} role="cell" className={`cell-count kind-${kind}`}>
          <span className={`kind-count kind-${kind}${article.counts[kind] === 0 ? ' is-zero' : ''}`}>{article.counts[kind]}</span>
        </div>
      ))}
      <div role="cell" className="cell-imported">
        {formatTimestamp(article.importedAt)}
      </div>
    </div>
  );
});
