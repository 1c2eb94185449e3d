// Bringing documents into the notebook.
import { z } from 'zod';
import type { ImportResult } from '../model';
import { jobId, returns } from './define';

export const importApi = {
  'import.files': returns<ImportResult[]>()(
    z.strictObject({ paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000), jobId: jobId.optional() }),
    'Imports files and folders (recursively) from disk. Progress arrives as job.progress events; jobs.cancel stops it.',
  ),
  'import.content': returns<ImportResult>()(
    z
      .strictObject({
        name: z.string().min(1).max(1024),
        text: z.string().max(50_000_000).optional(),
        dataBase64: z.string().max(70_000_000).optional(),
      })
      .refine((p) => (p.text === undefined) !== (p.dataBase64 === undefined), 'give either text or dataBase64'),
    'Imports one document sent by the UI (dropped file, pasted text).',
  ),
  'import.url': returns<ImportResult>()(
    z.strictObject({ url: z.url({ protocol: /^https?$/, error: 'only http and https addresses can be imported' }).max(4096) }),
    'Fetches a web page (or PDF, EPUB, DOCX, text) over http(s) and imports it, keeping its address. Time, size and redirects are limited.',
  ),
};
