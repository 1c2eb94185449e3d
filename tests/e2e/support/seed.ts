import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Input, Method, Result } from '../../../shared/api';
import type { Core } from '../../../main/core/index';
import { seedDemoNotebook } from '../../../main/core/demo/seed-demo';

/** Calls the core as the UI would, and fails the test with the core's message when it refuses. */
export async function call<M extends Method>(core: Core, method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as Result<M>;
}

/** The demo notebook plus the given files, imported through the API (for specs that are not about importing). */
export async function seedNotebook(core: Core, files: string[] = []): Promise<void> {
  await seedDemoNotebook(core);
  for (const file of files) {
    const result = await call(core, 'import.content', { name: path.basename(file), dataBase64: (await readFile(file)).toString('base64') });
    if (result.status === 'error') throw new Error(`${file}: ${result.error}`);
  }
}

export async function articleIdByTitle(core: Core, title: RegExp): Promise<string> {
  const article = (await call(core, 'articles.list', {})).find((a) => title.test(a.title));
  if (!article) throw new Error(`no article titled ${title}`);
  return article.id;
}
