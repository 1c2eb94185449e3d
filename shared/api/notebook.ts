// The notebook as a whole, and long-running jobs.
import { z } from 'zod';
import type { CheckReport } from '../check';
import type { NotebookStats } from '../model';
import { jobId, NO_PARAMS, returns } from './define';

export const notebookApi = {
  'notebook.stats': returns<NotebookStats>()(NO_PARAMS, 'Counts and index state of the open notebook.'),
  'notebook.check': returns<CheckReport>()(
    z.strictObject({ repair: z.boolean().default(false) }),
    'Verifies the notebook (texts, highlight anchors, search index, leftover files); with repair, fixes what can be fixed.',
  ),
  'jobs.cancel': returns<{ cancelled: boolean }>()(z.strictObject({ jobId }), 'Cancels a running long job.'),
};
