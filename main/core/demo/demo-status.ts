import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { deleteArticle } from '../articles/articles';
import { articleIdFor } from '../import/import-service';
import type { Notebook } from '../notebook';

/** The ids the demo articles have (ids derive from text, so they are the same in every notebook). */
async function demoArticleIds(nb: Notebook, dir: string): Promise<string[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.(txt|md)$/.test(f));
  return Promise.all(files.map(async (f) => articleIdFor(nb, f, await readFile(path.join(dir, f)))));
}

/** Which demo articles (and how many of their highlights) are in the notebook. */
export async function demoStatus(nb: Notebook, dir: string): Promise<{ articles: number; highlights: number }> {
  const present = (await demoArticleIds(nb, dir)).filter((id) => nb.catalog.article(id));
  return { articles: present.length, highlights: present.reduce((n, id) => n + nb.catalog.highlightsOf(id).length, 0) };
}

/** Deletes the demo articles and their highlights; the user's own articles are untouched. */
export async function removeDemo(nb: Notebook, dir: string): Promise<{ articles: number; highlights: number }> {
  let articles = 0;
  let highlights = 0;
  for (const id of await demoArticleIds(nb, dir)) {
    if (!nb.catalog.article(id)) continue;
    highlights += (await deleteArticle(nb, id)).highlights;
    articles++;
  }
  return { articles, highlights };
}
