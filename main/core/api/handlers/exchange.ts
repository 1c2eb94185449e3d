import type { exchangeApi } from '../../../../shared/api/exchange';
import { exportNotebook, exportToData, importAnnotations, mergeBundle, previewMerge } from '../../exchange/exchange-service';
import type { ExchangeSource } from '../../exchange/exchange-service';
import type { Notebook } from '../../notebook';
import type { HandlersOf } from '../types';

type FileParams = { path: string } | { name: string; dataBase64: string };
const toSource = (p: FileParams): ExchangeSource => ('path' in p ? { path: p.path } : { name: p.name, data: Buffer.from(p.dataBase64, 'base64') });

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
  'exchange.exportData': async ({ jobId, ...params }) => {
    const job = nb.jobs.start(jobId);
    try {
      return await exportToData(nb, params, {
        signal: job.signal,
        onProgress: (done, total, current) => jobId && nb.events.emit('job.progress', { jobId, done, total, current }),
      });
    } finally {
      job.end();
    }
  },
  'exchange.mergePreview': (source) => previewMerge(nb, toSource(source)),
  'exchange.merge': (source) => mergeBundle(nb, toSource(source)),
  'exchange.importAnnotations': ({ dryRun, defaultKind, ...source }) => importAnnotations(nb, toSource(source as FileParams), { dryRun, defaultKind }),
});
