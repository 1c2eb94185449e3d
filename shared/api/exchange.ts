// Exchange: exporting (bundle and open formats), merging a teammate's bundle, importing annotations from other tools.
import { z } from 'zod';
import type { ExportReport, MergeReport, PlacementReport } from '../exchange';
import { EXPORT_FORMATS } from '../exchange';
import { articleId, jobId, kind, returns, tag } from './define';

const filePath = z.string().min(1).max(4096);
/** A file on this machine, or its bytes sent by the page (the browser mode's upload). */
const fileSource = z.union([
  z.strictObject({ path: filePath }),
  z.strictObject({ name: z.string().min(1).max(1024), dataBase64: z.string().max(700_000_000) }),
]);
const selection = {
  tag: tag.optional(),
  kind: kind.optional(),
  articleIds: z.array(articleId).max(100_000).optional(),
  jobId: jobId.optional(),
};

export const exchangeApi = {
  'exchange.export': returns<ExportReport>()(
    z.strictObject({ format: z.enum(EXPORT_FORMATS), path: filePath, overwrite: z.boolean().default(true), ...selection }),
    'Exports the notebook, or the articles and highlights selected by tag, kind or ids, to a file (Markdown: a folder, or a .zip). Written only when complete; overwrite: false refuses to replace a file (CONFLICT). job.progress events while it runs, jobs.cancel stops it.',
  ),
  'exchange.exportData': returns<ExportReport & { name: string; dataBase64: string }>()(
    z.strictObject({ format: z.enum(EXPORT_FORMATS), ...selection }),
    'Exports like exchange.export but returns the file (Markdown as a .zip) instead of writing it: the browser mode offers it as a download.',
  ),
  'exchange.mergePreview': returns<MergeReport>()(
    fileSource,
    'Checks a .sourcebook bundle and reports what merging it would do (new, updated, unchanged, conflicts, deletions) without changing anything.',
  ),
  'exchange.merge': returns<MergeReport>()(
    fileSource,
    'Merges a .sourcebook bundle into the notebook, all or nothing, and reports what it did. Merging the same bundle again changes nothing.',
  ),
  'exchange.importAnnotations': returns<PlacementReport>()(
    z.intersection(fileSource, z.object({ dryRun: z.boolean().default(false), defaultKind: kind.default('quote') })),
    'Imports W3C Web Annotations (.json/.jsonld) onto articles already in the notebook, or a REFI-QDA project (.qdpx) with its sources; reports what could not be placed.',
  ),
};
