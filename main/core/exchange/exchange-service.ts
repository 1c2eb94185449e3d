import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
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
  /** False: refuse (CONFLICT) rather than replace an existing file. */
  overwrite?: boolean;
}

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

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
    if (params.overwrite === false && (await exists(target))) throw new ApiError('CONFLICT', `${target} exists already; choose another name`);
    const { files, bytes } = await writeOutput(target, output);
    return { format: params.format, path: target, articles: snapshot.articles.length, highlights: countHighlights(snapshot), files, bytes, warnings };
  });
}

/** A file to read: on this machine (the app, the CLI), or its bytes sent by the page (the browser mode's upload). */
export type ExchangeSource = { path: string } | { name: string; data: Uint8Array };

async function bytesOf(source: ExchangeSource): Promise<Uint8Array> {
  if ('path' in source) return readExchangeFile(source.path);
  if (source.data.byteLength > LIMITS.fileBytes) throw new ExchangeError(tooBig(source.name, source.data.byteLength));
  return source.data;
}

/** "week.sourcebook is 512.3 MB, more than the 512 MB limit" (a rounded size alone could read as the limit). */
const tooBig = (name: string, bytes: number): string => `${name} is ${(bytes / 1048576).toFixed(1)} MB, more than the ${LIMITS.fileBytes / 1048576} MB limit`;

const nameOf = (source: ExchangeSource): string => ('path' in source ? path.basename(source.path) : source.name);

/** What merging a bundle would do; nothing is written. */
export function previewMerge(nb: Notebook, source: ExchangeSource): Promise<MergeReport> {
  return translateErrors(async () => (await planMerge(nb, readBundle(await bytesOf(source)))).report);
}

/** Merges a bundle: everything is checked and planned first, then written in one all-or-nothing commit. */
export function mergeBundle(nb: Notebook, source: ExchangeSource): Promise<MergeReport> {
  return translateErrors(async () => {
    const bundle = readBundle(await bytesOf(source));
    return applyMerge(nb, bundle, await planMerge(nb, bundle));
  });
}

/** Imports W3C annotations or a REFI-QDA project onto the notebook (see place/). */
export function importAnnotations(nb: Notebook, source: ExchangeSource, params: { dryRun: boolean; defaultKind: Kind }): Promise<PlacementReport> {
  return translateErrors(async () => importAnnotationFile(nb, nameOf(source), await bytesOf(source), params));
}

/**
 * Exports to memory, for the browser mode, which cannot choose a place on disk: the page offers the bytes as a
 * download. Formats that write a folder (Markdown) come as a .zip.
 */
export async function exportToData(nb: Notebook, params: Omit<ExportParams, 'path' | 'overwrite'>, options: JobOptions = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-export-'));
  try {
    const exporter = EXPORTERS[params.format];
    const name = `sourcebook-${new Date().toISOString().slice(0, 10)}${params.format === 'markdown' ? '.zip' : exporter.extension}`;
    const report = await exportNotebook(nb, { ...params, path: path.join(dir, name), overwrite: true }, options);
    const data = await readFile(report.path);
    return { ...report, path: name, name, dataBase64: Buffer.from(data).toString('base64') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads a file to exchange, refusing what is too big before reading it. */
export async function readExchangeFile(file: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (!info.isFile()) throw new ExchangeError(`${path.basename(file)} is not a file`);
  if (info.size > LIMITS.fileBytes) throw new ExchangeError(tooBig(path.basename(file), info.size));
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
