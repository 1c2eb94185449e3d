import { KINDS } from '../../../shared/model';
import type { Article } from '../../../shared/model';
import { useClient } from '../../api/ApiProvider';
import { LIBRARY } from '../../app/route';
import { useToast } from '../../app/toasts';
import { useUi } from '../../app/ui-state';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../components/format';
import { KIND_LABEL } from '../../components/kinds';

/** "3 highlights (2 claims, 1 quote)": what goes with the article, so nobody deletes their work by surprise. */
export function highlightsSummary(article: Pick<Article, 'highlights'>): string {
  const { highlights } = article;
  if (highlights.length === 0) return 'no highlights';
  const byKind = KINDS.map((k) => [k, highlights.filter((h) => h.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => plural(n, KIND_LABEL[k].toLowerCase()));
  return `${plural(highlights.length, 'highlight')} (${byKind.join(', ')})`;
}

/** Deleting an article takes its highlights with it, and the core keeps no copy: say how many, and ask. */
interface Props {
  article: Article;
  open: boolean;
  onClose(): void;
  onDeleting(deleting: boolean): void;
}

export function DeleteArticleDialog({ article, open, onClose, onDeleting }: Props) {
  const client = useClient();
  const toast = useToast();
  const { navigate } = useUi();
  const count = article.highlights.length;
  return (
    <ConfirmDialog
      open={open}
      title="Delete this article?"
      confirmLabel={count > 0 ? `Delete article and ${plural(count, 'highlight')}` : 'Delete article'}
      onClose={onClose}
      onConfirm={async () => {
        onDeleting(true);
        const done = await client.call('articles.delete', { id: article.id }).catch((error: unknown) => {
          onDeleting(false);
          throw error;
        });
        onClose();
        navigate(LIBRARY, { replace: true });
        toast({ message: `Deleted “${article.title}”${done.highlights > 0 ? ` and ${plural(done.highlights, 'highlight')}` : ''}.` });
      }}
    >
      <p>
        <strong>{article.title}</strong> will be deleted{count > 0 ? <>, with its {highlightsSummary(article)}</> : null}.
      </p>
      <p>{article.versions.length > 1 ? `All ${article.versions.length} versions go too. ` : ''}This cannot be undone.</p>
    </ConfirmDialog>
  );
}
