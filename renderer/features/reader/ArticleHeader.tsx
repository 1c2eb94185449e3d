import type { Article } from '../../../shared/model';
import { formatDay, formatMoment, plural } from '../../components/format';

interface Props {
  article: Article;
  /** The parser's suggestions are shown in the text. */
  suggesting: boolean;
  onSuggest(): void;
  onShowVersions(): void;
  onExport(): void;
  onDelete(): void;
}

/** Title, what is known of where the article comes from, and what can be done with it as a whole. */
export function ArticleHeader({ article, suggesting, onSuggest, onShowVersions, onExport, onDelete }: Props) {
  const meta = [article.source, article.author, article.date ? formatDay(article.date) : article.dateText, plural(article.words, 'word')].filter(
    (part): part is string => Boolean(part),
  );
  const versions = article.versions.length;
  return (
    <header className="article-header">
      <div className="article-topbar">
        <a href="#/library" className="back-link">
          ← Library
        </a>
        <div className="article-actions" role="group" aria-label="This article">
          <button type="button" className="button button-small button-quiet" aria-pressed={suggesting} onClick={onSuggest} title="Passages the parser proposes as claims, figures and quotes">
            Suggest
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onExport}>
            Export…
          </button>
          <button type="button" className="button button-small button-quiet button-quiet-danger" onClick={onDelete}>
            Delete…
          </button>
        </div>
      </div>
      <h1 id="article-title">{article.title}</h1>
      <p className="article-meta">{meta.join(' · ')}</p>
      {versions > 1 && (
        <p className="article-versions">
          <span className="version-badge">
            Version {versions} of {versions}
          </span>
          <span>imported {formatMoment(article.versions[versions - 1]!.importedAt)}</span>
          <button type="button" className="link-button" onClick={onShowVersions}>
            Versions and changes
          </button>
        </p>
      )}
      {article.url && <p className="article-url">{article.url}</p>}
      {article.excerpt && <p className="article-excerpt">{article.excerpt}</p>}
    </header>
  );
}
