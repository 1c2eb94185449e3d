import type { notebookApi } from '../../../../shared/api/notebook';
import { checkNotebook } from '../../check/check-notebook';
import type { Notebook } from '../../notebook';
import { notebookStats } from '../../stats';
import type { HandlersOf } from '../types';

export const notebookHandlers = (nb: Notebook): HandlersOf<typeof notebookApi> => ({
  'notebook.stats': () => notebookStats(nb),
  'notebook.check': ({ repair }) => checkNotebook(nb, { repair }),
  'jobs.cancel': ({ jobId }) => ({ cancelled: nb.jobs.cancel(jobId) }),
});
