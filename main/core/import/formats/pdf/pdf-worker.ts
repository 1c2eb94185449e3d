// Worker thread that reads PDFs with pdf.js: a damaged PDF can keep pdf.js busy for a long time in code no timer
// can interrupt, and pdf.js' legacy build patches built-ins (Array.prototype.push) for the whole thread it runs in.
// Here both stay away from the thread that serves the notebook.
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../../../shared/errors';
import { extractPdf } from './extract';

parentPort!.on('message', (request: { id: number; bytes: Uint8Array }) => {
  extractPdf(request.bytes).then(
    (content) => parentPort!.postMessage({ id: request.id, ok: true, content }),
    (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        ok: false,
        message: error instanceof ApiError ? error.message : `the PDF could not be read (${String((error as Error)?.message ?? error).split('\n')[0]})`,
      }),
  );
});
