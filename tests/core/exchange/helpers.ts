import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Input, Method, Result } from '../../../shared/api';
import { ApiError } from '../../../shared/errors';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { tempDir } from '../../helpers/temp-dir';

/** One clock for every notebook of a test, a second per tick, so edits made "later" really are later. */
let clock = Date.parse('2026-03-01T09:00:00.000Z');
const tick = (): Date => new Date((clock += 1000));

export interface TestNotebook {
  dir: string;
  core: Core;
  call<M extends Method>(method: M, params: Input<M>): Promise<Result<M>>;
  /** Imports a text as an article and returns its id. */
  importText(name: string, text: string): Promise<string>;
}

export async function openNotebook(author: string, dir?: string): Promise<TestNotebook> {
  const folder = dir ?? (await tempDir());
  const core = await createCore({ dir: folder, author, now: tick, log: { error: () => undefined } });
  const call = async <M extends Method>(method: M, params: Input<M>): Promise<Result<M>> => {
    const envelope = await core.dispatch(method, params);
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
    return envelope.value as Result<M>;
  };
  return {
    dir: folder,
    core,
    call,
    async importText(name, text) {
      const result = await call('import.content', { name, text });
      if (!result.articleId) throw new Error(`import failed: ${result.error}`);
      return result.articleId;
    },
  };
}

/**
 * Every file of a notebook folder with its bytes, to prove that something left it exactly as it was. The search
 * index is left out: it is a cache of the data, rebuilt from it, and saved on a timer of its own.
 */
export async function folderState(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory() && at === dir && entry.name === 'index') continue;
      if (entry.isDirectory()) await walk(full);
      else out[path.relative(dir, full)] = (await readFile(full)).toString('base64');
    }
  };
  await walk(dir);
  return out;
}

/** The notebook's records as plain data, sorted, for comparing two notebooks. */
export function catalogState(nb: TestNotebook) {
  const catalog = nb.core.notebook.catalog;
  const byId = <T extends { id: string }>(items: Iterable<T>): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { articles: byId(catalog.allArticles()), highlights: byId(catalog.allHighlights()), tombstones: byId(catalog.allTombstones()) };
}

export async function writeTemp(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(await tempDir(), name);
  await writeFile(file, bytes);
  return file;
}

export const ARTICLE_ONE = `Harbour Ferry Route Approved

The harbour council approved a ferry route on Monday. "This is a good day," said councillor Ana Ruiz. The trial costs 2.4 million euros a year.

Critics said the route would carry only 300 passengers a day, far fewer than the bridge. The council expects the number to double by 2028.`;

export const ARTICLE_TWO = `Library Opens Late Hours

The city library will open until midnight from June. Students asked for the change in a petition signed by 4,200 people. "We need somewhere quiet," said Omar Haddad, a student.`;

export const ARTICLE_THREE = `Tram Line Delayed Again 🚋

The tram line to the airport is delayed by another year, the transport office said 😬 on Friday. The cost has risen to 310 million euros. "Nobody is surprised," said engineer Lea Brandt.`;
