import type { articlesApi } from '../../../../shared/api/articles';
import { deleteArticle, diffVersions, getArticle, listArticles, setIncludeRemoved } from '../../articles/articles';
import type { Notebook } from '../../notebook';
import type { HandlersOf } from '../types';

export const articlesHandlers = (nb: Notebook): HandlersOf<typeof articlesApi> => ({
  'articles.list': () => listArticles(nb),
  'articles.get': ({ id }) => getArticle(nb, id),
  'articles.delete': ({ id }) => deleteArticle(nb, id),
  'articles.setIncludeRemoved': ({ id, include }) => setIncludeRemoved(nb, id, include),
  'articles.diff': ({ id, from, to }) => diffVersions(nb, id, from, to),
});
