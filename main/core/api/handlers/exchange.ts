import type { exchangeApi } from '../../../../shared/api/exchange';
import { exportNotebook, importAnnotations, mergeBundle, previewMerge } from '../../exchange/exchange-service';
import type { Notebook } from '../../notebook';
import type { HandlersOf } from '../types';

export const exchangeHandlers = (nb: Notebook): HandlersOf<typeof exchangeApi> => ({
  'exchange.export': async ({ jobId, ...params }) => {
    const job = nb.jobs.start(jobId);
    try {
      return await exportNotebook(nb, params, {
        signal: job.signal,
        onProgress: (done, total, current) => jobId && nb.events.emit('job.progress', { jobId, done, total, current }),
      });
    } finally {
      job.end();
    }
  },
  'exchange.mergePreview': ({ path }) => previewMerge(nb, path),
  'exchange.merge': ({ path }) => mergeBundle(nb, path),
  'exchange.importAnnotations': (params) => importAnnotations(nb, params),
});
