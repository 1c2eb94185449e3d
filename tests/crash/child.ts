// The crash test's writer: opens the notebook and writes to it through the API as fast as it can (imports,
// new versions, highlights, edits, deletions, a bundle merge now and then) until it is killed. Every write is
// logged before the call (intent) and after it returned (ack): see model.ts.
//   node --import tsx tests/crash/child.ts NOTEBOOK LOG SEED BUNDLES.json
import { appendFileSync, readFileSync } from 'node:fs';
import type { Input, Method, Result } from '../../shared/api';
import { createCore } from '../../main/core/index';
import { applyEffect, articleText, articleValue, emptyEffect, prng } from './model';
import type { Effect, LogLine, Model } from './model';

export interface BundleInfo {
  path: string;
  effect: Effect;
}

const [dir, logFile, seedText, bundlesFile] = process.argv.slice(2) as [string, string, string, string];
const random = prng(Number(seedText));
const bundles = JSON.parse(readFileSync(bundlesFile, 'utf8')) as BundleInfo[];
const token = (prefix: string): string => `${prefix}${Date.now().toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}7`;

process.stdout.write('opening\n');
const core = await createCore({ dir, author: 'crash', holder: 'the crash test writer', log: { error: () => undefined } });
process.stdout.write('ready\n');

async function call<M extends Method>(method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as Result<M>;
}

// What the notebook holds now (the parent verified it before starting us).
const model: Model = { articles: new Map(), highlights: new Map() };
const fileNames = new Map<string, string>();
for (const summary of await call('articles.list', {})) {
  const article = await call('articles.get', { id: summary.id });
  model.articles.set(article.id, articleValue(article.versions.length, article.body));
  if (article.fileName) fileNames.set(article.id, article.fileName);
}
for (const h of await call('highlights.list', {})) model.highlights.set(h.id, { articleId: h.articleId, note: h.note });

let seq = Number(seedText) * 100_000;
const log = (line: LogLine): void => appendFileSync(logFile, `${JSON.stringify(line)}\n`);
const pick = <T>(items: T[]): T | undefined => items[Math.floor(random() * items.length)];

/** Runs one write: intent, the call, ack with what it did (which the call's result may decide). */
async function write(op: string, intent: Effect, run: () => Promise<Effect>, importToken?: string): Promise<void> {
  seq++;
  log({ type: 'intent', seq, op, effect: intent, ...(importToken ? { token: importToken } : {}) });
  const effect = await run();
  log({ type: 'ack', seq, op, effect });
  applyEffect(model, effect);
}

async function importArticle(): Promise<void> {
  const articleToken = token('za');
  const versionToken = token('zv');
  const name = `${articleToken}.txt`;
  await write('import', emptyEffect(), async () => {
    const result = await call('import.content', { name, dataBase64: Buffer.from(articleText(random, articleToken, versionToken)).toString('base64') });
    if (result.status !== 'imported' || !result.articleId) throw new Error(`import: ${result.status} ${result.error ?? ''}`);
    fileNames.set(result.articleId, name);
    return { articles: { [result.articleId]: articleValue(1, versionToken) }, highlights: {} };
  }, articleToken);
}

/** A new version of an article: the same file name and title, other text. Its highlights are carried over. */
async function newVersion(): Promise<void> {
  const id = pick([...fileNames.keys()].filter((a) => model.articles.has(a)));
  if (!id) return importArticle();
  const name = fileNames.get(id)!;
  const versionToken = token('zv');
  const versions = Number(model.articles.get(id)!.split(':')[0]) + 1;
  const intent: Effect = { articles: { [id]: articleValue(versions, versionToken) }, highlights: {} };
  await write('version', intent, async () => {
    const text = articleText(random, name.replace(/\.txt$/, ''), versionToken);
    const result = await call('import.content', { name, dataBase64: Buffer.from(text).toString('base64') });
    if (result.status !== 'updated' || result.articleId !== id) throw new Error(`new version: ${result.status} ${result.articleId} ${result.error ?? ''}`);
    return intent;
  });
}

async function highlight(): Promise<void> {
  const articleId = pick([...model.articles.keys()]);
  if (!articleId) return importArticle();
  const body = (await call('articles.get', { id: articleId })).body;
  const spaces = [...body.matchAll(/ /g)].map((m) => m.index);
  const from = pick(spaces.slice(0, -6));
  if (from === undefined) return;
  const start = from + 1;
  const end = spaces[spaces.indexOf(from) + 2 + Math.floor(random() * 4)] ?? body.length;
  const note = `note ${token('zn')}`;
  await write('highlight', emptyEffect(), async () => {
    const h = await call('highlights.create', { articleId, kind: pick(['claim', 'figure', 'quote'] as const)!, start, end, note, tags: ['crash'] });
    return { articles: {}, highlights: { [h.id]: { articleId, note } } };
  });
}

async function edit(): Promise<void> {
  const id = pick([...model.highlights.keys()]);
  if (!id) return highlight();
  const note = `edited ${token('zn')}`;
  const intent: Effect = { articles: {}, highlights: { [id]: { articleId: model.highlights.get(id)!.articleId, note } } };
  await write('edit', intent, async () => {
    await call('highlights.update', { id, note });
    return intent;
  });
}

async function deleteHighlight(): Promise<void> {
  const id = pick([...model.highlights.keys()]);
  if (!id) return;
  const intent: Effect = { articles: {}, highlights: { [id]: null } };
  await write('deleteHighlight', intent, async () => {
    await call('highlights.delete', { id });
    return intent;
  });
}

async function deleteArticle(): Promise<void> {
  const id = pick([...model.articles.keys()]);
  if (!id) return;
  const highlights = Object.fromEntries([...model.highlights].filter(([, h]) => h.articleId === id).map(([hid]) => [hid, null]));
  const intent: Effect = { articles: { [id]: null }, highlights };
  await write('deleteArticle', intent, async () => {
    await call('articles.delete', { id });
    return intent;
  });
}

/** Merges a teammate's bundle; what it changes depends on what is here, so the ack reads the result back. */
async function merge(): Promise<void> {
  const bundle = pick(bundles)!;
  await write('merge', bundle.effect, async () => {
    await call('exchange.merge', { path: bundle.path });
    const effect = emptyEffect();
    for (const id of Object.keys(bundle.effect.articles)) {
      const article = await call('articles.get', { id }).catch(() => null);
      effect.articles[id] = article ? articleValue(article.versions.length, article.body) : null;
    }
    for (const h of await call('highlights.list', {})) {
      if (h.id in bundle.effect.highlights) effect.highlights[h.id] = { articleId: h.articleId, note: h.note };
    }
    for (const id of Object.keys(bundle.effect.highlights)) effect.highlights[id] ??= null;
    return effect;
  });
}

for (;;) {
  const r = random();
  if (model.articles.size < 4 || (r < 0.22 && model.articles.size < 30)) await importArticle();
  else if (r < 0.3) await newVersion();
  else if (r < 0.58) await highlight();
  else if (r < 0.75) await edit();
  else if (r < 0.85) await deleteHighlight();
  else if (r < 0.95 || model.articles.size >= 30) await deleteArticle();
  else await merge();
}
