import type { Method, Params, Result } from '../../../shared/api';
import { deleteArticle, diffVersions, getArticle, listArticles, setIncludeRemoved } from '../articles/articles';
import {
  acceptCarried,
  createHighlight,
  deleteHighlight,
  highlightsToReview,
  listHighlights,
  listTags,
  reattachHighlight,
  restoreHighlight,
  updateHighlight,
} from '../highlights/highlights';
import { importContent, importPaths } from '../import/import-service';
import type { Notebook } from '../notebook';
import { notebookStats } from '../stats';

export type Handlers = { [M in Method]: (params: Params<M>) => Promise<Result<M>> | Result<M> };

/** Binds every contract method to the service that implements it. The compiler checks none is missing. */
export function createHandlers(nb: Notebook): Handlers {
  return {
    'notebook.stats': () => notebookStats(nb),
    'articles.list': () => listArticles(nb),
    'articles.get': ({ id }) => getArticle(nb, id),
    'articles.delete': ({ id }) => deleteArticle(nb, id),
    'articles.setIncludeRemoved': ({ id, include }) => setIncludeRemoved(nb, id, include),
    'articles.diff': ({ id, from, to }) => diffVersions(nb, id, from, to),
    'import.files': async ({ paths, jobId }) => {
      const job = nb.jobs.start(jobId);
      try {
        return await importPaths(nb, paths, {
          signal: job.signal,
          onProgress: (done, total, current) => jobId && nb.events.emit('job.progress', { jobId, done, total, current }),
        });
      } finally {
        job.end();
      }
    },
    'import.content': ({ name, text, dataBase64 }) =>
      importContent(nb, name, text !== undefined ? new TextEncoder().encode(text) : Buffer.from(dataBase64!, 'base64')),
    'highlights.list': (params) => listHighlights(nb, params),
    'highlights.create': (params) => createHighlight(nb, params),
    'highlights.update': (params) => updateHighlight(nb, params),
    'highlights.delete': ({ id }) => deleteHighlight(nb, id),
    'highlights.restore': ({ highlight }) => restoreHighlight(nb, highlight),
    'highlights.review': () => highlightsToReview(nb),
    'highlights.accept': ({ id }) => acceptCarried(nb, id),
    'highlights.reattach': (params) => reattachHighlight(nb, params),
    'tags.list': () => listTags(nb),
    'search.query': (params) => nb.search.search(params),
    'search.reindex': () => nb.search.reindex(),
    'jobs.cancel': ({ jobId }) => ({ cancelled: nb.jobs.cancel(jobId) }),
  };
}
