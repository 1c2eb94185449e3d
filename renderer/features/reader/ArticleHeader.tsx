import type { Article } from '../../../shared/model';
import { formatDay, plural } from '../../components/format';

/** Title and what is known of where the article comes from. */
export function ArticleHeader({ article }: { article: Article }) {
  const meta = [article.source, article.author, article.date ? formatDay(article.date) : article.dateText, plural(article.words, 'word')].filter(
    (part): part is string => Boolean(part),
  );
  return (
    <header className="article-header">
      <a href="#/library" className="back-link">
        ← Library
      </a>
      <h1 id="article-title">{article.title}</h1>
      <p className="article-meta">{meta.join(' · ')}</p>
      {article.url && <p className="article-url">{article.url}</p>}
      {article.excerpt && <p className="article-excerpt">{article.excerpt}</p>}
    </header>
  );
}
