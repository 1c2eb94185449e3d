// The notebook as a whole, and long-running jobs.
import { z } from 'zod';
import type { NotebookStats } from '../model';
import { jobId, NO_PARAMS, returns } from './define';

export const notebookApi = {
  'notebook.stats': returns<NotebookStats>()(NO_PARAMS, 'Counts and index state of the open notebook.'),
  'jobs.cancel': returns<{ cancelled: boolean }>()(z.strictObject({ jobId }), 'Cancels a running long job.'),
};
