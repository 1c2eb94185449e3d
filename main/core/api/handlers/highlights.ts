import type { highlightsApi } from '../../../../shared/api/highlights';
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
} from '../../highlights/highlights';
import type { Notebook } from '../../notebook';
import type { HandlersOf } from '../types';

export const highlightsHandlers = (nb: Notebook): HandlersOf<typeof highlightsApi> => ({
  'highlights.list': (params) => listHighlights(nb, params),
  'highlights.create': (params) => createHighlight(nb, params),
  'highlights.update': (params) => updateHighlight(nb, params),
  'highlights.delete': ({ id }) => deleteHighlight(nb, id),
  'highlights.restore': ({ highlight }) => restoreHighlight(nb, highlight),
  'highlights.review': () => highlightsToReview(nb),
  'highlights.accept': ({ id }) => acceptCarried(nb, id),
  'highlights.reattach': (params) => reattachHighlight(nb, params),
  'tags.list': () => listTags(nb),
});
