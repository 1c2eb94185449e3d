import type { searchApi } from '../../../../shared/api/search';
import type { Notebook } from '../../notebook';
import type { HandlersOf } from '../types';

export const searchHandlers = (nb: Notebook): HandlersOf<typeof searchApi> => ({
  'search.query': (params) => nb.search.search(params),
  'search.reindex': () => nb.search.reindex(),
});
