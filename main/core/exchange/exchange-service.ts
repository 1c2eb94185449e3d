import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFormat, ExportReport, ExportSelection, MergeReport, PlacementReport } from '../../../shared/exchange';
import type { Kind } from '../../../shared/model';
import { ApiError } from '../../../shared/errors';
import type { Notebook } from '../notebook';
import { writeFileAtomic } from '../storage/atomic-file';
import { readBundle } from './bundle/read';
import { EXPORTERS } from './formats/index';
import type { ExportOutput } from './formats/types';
import { ExchangeError, LIMITS } from './limits';
import { applyMerge, planMerge } from './merge/merge-bundle';
import { importAnnotationFile } from './place/import-annotations';
import { CancelledError, countHighlights, takeSnapshot } from './snapshot';
import { writeZip } from './zip';

export interface ExportParams extends ExportSelection {
  format: ExportFormat;
  path: string;
}

export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, current: string) => void;
}

/**
 * Exports the selection in one format. The output is built completely in memory first and written only at the end
 * (a file atomically), so a cancelled or failed export leaves nothing half-written.
 */
export async function exportNotebook(nb: Notebook, params: ExportParams, options: JobOptions = {}): Promise<ExportReport> {
  const exporter = EXPORTERS[params.format];
  const selection: ExportSelection = { tag: params.tag, kind: params.kind, articleIds: params.articleIds };
  return translateErrors(async () => {
    const snapshot = await takeSnapshot(nb, selection, { signal: options.signal, onArticle: options.onProgress });
    if (options.signal?.aborted) throw new CancelledError();
    const { output, warnings } = await exporter.export(snapshot, { nb, selection });
    if (options.signal?.aborted) throw new CancelledError();
    const target = path.resolve(params.path);
    const { files, bytes } = await writeOutput(target, output);
    return { format: params.format, path: target, articles: snapshot.articles.length, highlights: countHighlights(snapshot), files, bytes, warnings };
  });
}

/** What merging a bundle would do; nothing is written. */
export function previewMerge(nb: Notebook, file: string): Promise<MergeReport> {
  return translateErrors(async () => (await planMerge(nb, readBundle(await readExchangeFile(file)))).report);
}

/** Merges a bundle: everything is checked and planned first, then written in one all-or-nothing commit. */
export function mergeBundle(nb: Notebook, file: string): Promise<MergeReport> {
  return translateErrors(async () => {
    const bundle = readBundle(await readExchangeFile(file));
    return applyMerge(nb, bundle, await planMerge(nb, bundle));
  });
}

/** Imports W3C annotations or a REFI-QDA project onto the notebook (see place/). */
export function importAnnotations(nb: Notebook, params: { path: string; dryRun: boolean; defaultKind: Kind }): Promise<PlacementReport> {
  return translateErrors(async () => importAnnotationFile(nb, path.basename(params.path), await readExchangeFile(params.path), params));
}

/** Reads a file to exchange, refusing what is too big before reading it. */
export async function readExchangeFile(file: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (!info.isFile()) throw new ExchangeError(`${path.basename(file)} is not a file`);
  if (info.size > LIMITS.fileBytes) throw new ExchangeError(`${path.basename(file)} is ${Math.round(info.size / 1048576)} MB; the limit is ${LIMITS.fileBytes / 1048576} MB`);
  return readFile(file);
}

async function writeOutput(target: string, output: ExportOutput): Promise<{ files: number; bytes: number }> {
  await requireFolder(path.dirname(target));
  if (output.kind === 'file') {
    await writeFileAtomic(target, output.bytes);
    return { files: 1, bytes: output.bytes.length };
  }
  if (target.toLowerCase().endsWith('.zip')) {
    const zip = writeZip(Object.fromEntries(output.files.map((f) => [f.name, f.bytes])));
    await writeFileAtomic(target, zip);
    return { files: 1, bytes: zip.length };
  }
  await mkdir(target, { recursive: true });
  for (const f of output.files) await writeFileAtomic(path.join(target, f.name), f.bytes);
  return { files: output.files.length, bytes: output.files.reduce((n, f) => n + f.bytes.length, 0) };
}

async function requireFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new ApiError('NOT_FOUND', `the folder ${dir} does not exist`);
}

/** Our own failures become API errors with their one-line message; file system errors say what happened. */
async function translateErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof ExchangeError) throw new ApiError(error.code, error.message);
    if (error instanceof CancelledError) throw new ApiError('CANCELLED', 'the export was cancelled; nothing was written');
    const code = (error as NodeJS.ErrnoException).code;
    const where = (error as NodeJS.ErrnoException).path ?? '';
    if (code === 'ENOENT') throw new ApiError('NOT_FOUND', `no such file: ${where}`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new ApiError('FORBIDDEN', `permission denied: ${where}`);
    if (code === 'EISDIR') throw new ApiError('BAD_REQUEST', `${where} is a folder`);
    if (code === 'ENOSPC') throw new ApiError('INTERNAL', 'the disk is full');
    throw error;
  }
}
