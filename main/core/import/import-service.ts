import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import type { ArticleMeta, ImportResult } from '../../../shared/model';
import { composeBody, countWords } from '../articles/body';
import { carryToNewVersion, previousVersionOf } from '../articles/versions';
import type { Notebook } from '../notebook';
import { detectLanguage } from '../search/languages';
import { ContentStore, sha256 } from '../storage/content-store';
import { describe } from './describe';
import { ImportBatch } from './import-batch';

export { describe };

/** Larger files are refused before they are read: no article is this big, and it protects memory. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface BatchOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, current: string) => void;
}

/**
 * Imports files and folders (recursively, skipping hidden entries). Each file gets its own result; one bad file
 * never stops the batch. Cancelling stops before the next file and reports the rest as cancelled.
 */
export async function importPaths(nb: Notebook, paths: string[], options: BatchOptions = {}): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  const files: string[] = [];
  for (const p of paths) {
    try {
      files.push(...(await expand(path.resolve(p))));
    } catch (error) {
      results.push({ file: p, status: 'error', error: describe(error) });
    }
  }
  let done = 0;
  const batch = new ImportBatch(nb);
  for (const file of files) {
    options.onProgress?.(done, files.length, file);
    if (options.signal?.aborted) {
      results.push({ file, status: 'error', error: 'cancelled' });
      continue;
    }
    results.push(await importFile(nb, file, batch));
    if (batch.full) await batch.store();
    done++;
  }
  await batch.store();
  options.onProgress?.(done, files.length, '');
  if (results.some((r) => r.status === 'imported' || r.status === 'updated')) nb.changed({ articles: true });
  return results;
}

async function importFile(nb: Notebook, file: string, batch: ImportBatch): Promise<ImportResult> {
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES) throw new ApiError('BAD_REQUEST', `the file is ${megabytes(info.size)}; the limit is ${megabytes(MAX_FILE_BYTES)}`);
    return await importDocument(nb, path.basename(file), await readFile(file), file, batch);
  } catch (error) {
    return { file, status: 'error', error: describe(error) };
  }
}

/** Imports one document given as bytes (a dropped file, pasted text, a fetched page: then `url` is its address). */
export async function importContent(nb: Notebook, name: string, bytes: Uint8Array, source: { url?: string } = {}): Promise<ImportResult> {
  try {
    if (bytes.byteLength > MAX_FILE_BYTES) throw new ApiError('BAD_REQUEST', `the file is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(MAX_FILE_BYTES)}`);
    const result = await importDocument(nb, name, bytes, name, undefined, source.url);
    if (result.status === 'imported' || result.status === 'updated') nb.changed({ articles: true });
    return result;
  } catch (error) {
    return { file: name, status: 'error', error: describe(error) };
  }
}

/**
 * Imports one document. With a batch, a new article waits there to be stored with others (its result is filled
 * in then); a new version of an article is stored at once, after the batch, so it can find its earlier version.
 */
async function importDocument(nb: Notebook, name: string, bytes: Uint8Array, label: string, batch?: ImportBatch, url?: string): Promise<ImportResult> {
  const sourceHash = sha256(bytes);
  const same = nb.catalog.articleWithHash(sourceHash) ?? batch?.withHash(sourceHash);
  if (same) return duplicate(label, same);

  const parsed = await nb.importers.importerFor(name).parse({ name, bytes });
  parsed.url ??= url ?? null; // a fetched PDF or text file knows its address only from the fetch
  const body = composeBody(parsed.blocks, false).text;
  const bodyHash = bodyHashOf(body);
  const sameText = nb.catalog.articleWithHash(bodyHash) ?? batch?.withHash(bodyHash);
  if (sameText) return duplicate(label, sameText);

  const content = { blocks: parsed.blocks, ...(parsed.html !== undefined ? { html: parsed.html } : {}) };
  const contentHash = ContentStore.hashOf(content);
  const importedAt = nb.nowIso();
  const words = countWords(body);
  if (batch?.holdsTitle(parsed.title)) await batch.store(); // an earlier version may be waiting there
  const previous = previousVersionOf(nb, parsed, name);
  if (previous) {
    await nb.content.put(content);
    const next = { meta: previous, blocks: parsed.blocks, sourceHash, bodyHash, contentHash, fileName: name, importedAt, words };
    const { changes, counts, article } = await carryToNewVersion(nb, next, parsed);
    await nb.catalog.commit(changes);
    if (changes.length > 1) nb.changed({ highlights: true });
    return { file: label, status: 'updated', articleId: article.id, title: article.title, carried: counts, ...warningsOf(article) };
  }

  const meta: ArticleMeta = {
    id: guidFromHash(bodyHash),
    title: parsed.title,
    source: parsed.source,
    author: parsed.author,
    date: parsed.date,
    dateText: parsed.dateText,
    url: parsed.url,
    lang: parsed.lang ?? (detected => (detected === 'und' ? null : detected))(detectLanguage(body)),
    dir: parsed.dir ?? null,
    excerpt: parsed.excerpt ?? null,
    format: parsed.format,
    fileName: name,
    importedAt,
    contentHash,
    sourceHash,
    bodyHash,
    words,
    includeRemoved: false,
    warnings: parsed.warnings,
    versions: [{ contentHash, sourceHash, bodyHash, importedAt, fileName: name, words }],
  };
  const result: ImportResult = { file: label, status: 'imported', articleId: meta.id, title: meta.title, ...warningsOf(meta) };
  if (batch) {
    batch.add(result, meta, content, bytes.byteLength);
    return result;
  }
  await nb.content.put(content);
  await nb.catalog.commit([{ type: 'putArticle', article: meta }]);
  return result;
}

const warningsOf = (meta: ArticleMeta) => (meta.warnings.length ? { warnings: meta.warnings } : {});

/** The id a document would get if imported now (ids come from the body text), without storing anything. */
export async function articleIdFor(nb: Notebook, name: string, bytes: Uint8Array): Promise<string> {
  const parsed = await nb.importers.importerFor(name).parse({ name, bytes });
  return guidFromHash(bodyHashOf(composeBody(parsed.blocks, false).text));
}

/** The same article with other line breaks or spacing is the same article. */
const bodyHashOf = (body: string): string => sha256(body.replace(/\s+/g, ' ').trim());

const duplicate = (file: string, of: ArticleMeta): ImportResult => ({ file, status: 'duplicate', articleId: of.id, title: of.title });

/** Article ids are derived from the text, so the same article gets the same id in every notebook (merging). */
export function guidFromHash(hash: string): string {
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}

async function expand(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const out: string[] = [];
  const entries = await readdir(target, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...(await expand(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
