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
  'import.content': ({ name, text, dataBase64 }) => importContent(nb, name, text !== undefined ? encodeText(name, text) : Buffer.from(dataBase64!, 'base64')),
});

/**
 * Text sent as text is UTF-8 whatever it says. Pasted HTML may still declare the charset of the page it was copied
 * from (`<meta charset="windows-1251">`): a byte-order mark comes before any such declaration, as in a browser.
 */
function encodeText(name: string, text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  return /\.x?html?$/i.test(name) ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}
