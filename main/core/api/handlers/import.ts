import type { importApi } from '../../../../shared/api/import';
import { importUrl } from '../../import/fetch-url';
import { importContent, importPaths } from '../../import/import-service';
import type { Notebook } from '../../notebook';
import type { HandlersOf } from '../types';

export const importHandlers = (nb: Notebook): HandlersOf<typeof importApi> => ({
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
  'import.url': ({ url }) => importUrl(nb, url),
  'import.content': ({ name, text, dataBase64 }) =>
    importContent(nb, name, text !== undefined ? new TextEncoder().encode(text) : Buffer.from(dataBase64!, 'base64')),
});
