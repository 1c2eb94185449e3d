// The crash test's parent: starts the writer (child.ts), kills it with SIGKILL at a random moment, then opens the
// notebook and proves that it survived: it opens (the dead writer's lock is recovered), `check` finds nothing
// wrong but the harmless leftovers a kill may leave (which its repair then removes), every acknowledged write is
// there, and search finds what the data holds and nothing it does not. Then again, on the same notebook.
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckProblem } from '../../shared/check';
import type { Input, Method, Result } from '../../shared/api';
import { PROJECT_ROOT } from '../../main/build/build-renderer';
import { checkNotebook } from '../../main/core/check/check-notebook';
import { createCore } from '../../main/core/index';
import type { Core } from '../../main/core/index';
import type { BundleInfo } from './child';
import { applyEffect, articleText, articleValue, prng } from './model';
import type { Effect, HighlightValue, LogLine, Model } from './model';

export interface CrashOptions {
  /** A folder of its own: the notebook, the bundles and the log go there. */
  dir: string;
  kills: number;
  seed: number;
  /** Progress lines (one per kill). */
  report?: (line: string) => void;
}

export interface CrashFigures {
  kills: number;
  /** Kills that landed while the writer was still opening the notebook (recovery of the previous kill). */
  duringOpen: number;
  acknowledged: number;
  /** Writes in flight at a kill that turned out to have taken effect, and those that had not. */
  inFlightApplied: number;
  inFlightLost: number;
  /** Temporary files of interrupted writes that check reported and its repair removed. */
  leftoversRepaired: number;
  /** Article texts no article refers to (deleted articles, interrupted imports) that the repair removed. */
  unreferencedRemoved: number;
  searches: number;
  /**
   * Opens after a kill that were told "… is being opened by another process; try again in a moment" and got in on
   * a retry: the writer was killed between creating its lock file and writing it, and an empty lock younger than
   * 2 s may be a live opener's, so it is taken over only after that (main/core/storage/lock.ts).
   */
  openRetries: number;
  articles: number;
  highlights: number;
  ms: number;
}

const CHILD = path.join(PROJECT_ROOT, 'tests', 'crash', 'child.ts');
/** Problems a kill may legitimately leave, which the repair must then clear: anything else fails the test. */
const HARMLESS = new Set<CheckProblem['kind']>(['leftover-file', 'partial-snapshot', 'unreferenced-content']);

export async function runCrashTest(options: CrashOptions): Promise<CrashFigures> {
  const started = Date.now();
  const random = prng(options.seed);
  const notebook = path.join(options.dir, 'notebook');
  const bundlesFile = await makeBundles(options.dir);
  const figures: CrashFigures = { kills: 0, duringOpen: 0, acknowledged: 0, inFlightApplied: 0, inFlightLost: 0, leftoversRepaired: 0, unreferencedRemoved: 0, searches: 0, openRetries: 0, articles: 0, highlights: 0, ms: 0 };
  const model: Model = { articles: new Map(), highlights: new Map() };

  for (let kill = 1; kill <= options.kills; kill++) {
    const logFile = path.join(options.dir, `log-${kill}.jsonl`);
    const duringOpen = random() < 0.12;
    const { sawReady } = await runAndKill(notebook, logFile, options.seed * 1000 + kill, bundlesFile, duringOpen, random);
    figures.kills++;
    if (!sawReady) figures.duringOpen++;
    const lines = await readLog(logFile);
    const outcome = await verify(notebook, model, lines, random, figures);
    options.report?.(`kill ${kill}/${options.kills}: ${outcome}`);
    await rm(logFile, { force: true });
  }
  figures.articles = model.articles.size;
  figures.highlights = model.highlights.size;
  figures.ms = Date.now() - started;
  return figures;
}

/** Starts the writer and kills it: shortly after it starts opening the notebook, or after it has written a while. */
function runAndKill(notebook: string, logFile: string, seed: number, bundlesFile: string, duringOpen: boolean, random: () => number): Promise<{ sawReady: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, notebook, logFile, String(seed), bundlesFile], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let sawReady = false;
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    const killAfter = (ms: number): void => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    };
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      if (text.includes('opening') && duringOpen) killAfter(random() * 120);
      if (text.includes('ready')) {
        sawReady = true;
        killAfter(50 + random() * 900);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    // A writer that never gets going is a failure of its own (it could not open the notebook).
    const deadline = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code, signal) => {
      clearTimeout(deadline);
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL' && (sawReady || duringOpen)) resolve({ sawReady });
      else reject(new Error(`the writer stopped by itself (code ${code}, signal ${signal}): ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
    });
  });
}

async function readLog(file: string): Promise<LogLine[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  // The last line may be cut short by the kill: only whole lines count (a cut intent is no write at all).
  return text.split('\n').flatMap((line) => {
    try {
      return line ? [JSON.parse(line) as LogLine] : [];
    } catch {
      return [];
    }
  });
}

/** Opens the killed writer's notebook and holds it against the model; then the model becomes what is there. */
async function verify(notebook: string, model: Model, lines: LogLine[], random: () => number, figures: CrashFigures): Promise<string> {
  const acked = new Set(lines.filter((l) => l.type === 'ack').map((l) => l.seq));
  for (const line of lines) if (line.type === 'ack') applyEffect(model, line.effect);
  figures.acknowledged += acked.size;
  const inFlight = lines.find((l): l is Extract<LogLine, { type: 'intent' }> => l.type === 'intent' && !acked.has(l.seq));

  const core = await openAfterKill(notebook, figures);
  try {
    // 1. Integrity: nothing wrong but what a kill may leave, and the repair clears that.
    const found = await checkNotebook(core.notebook, { repair: false, inUseMs: 0 });
    const serious = found.problems.filter((p) => !HARMLESS.has(p.kind));
    if (serious.length > 0) throw new Error(`check after the kill: ${serious.map((p) => p.message).join('; ')}`);
    if (found.problems.length > 0) {
      await checkNotebook(core.notebook, { repair: true, inUseMs: 0 });
      const again = await checkNotebook(core.notebook, { repair: false, inUseMs: 0 });
      if (again.problems.length > 0) throw new Error(`check after repair: ${again.problems.map((p) => p.message).join('; ')}`);
      figures.unreferencedRemoved += found.problems.filter((p) => p.kind === 'unreferenced-content').length;
      figures.leftoversRepaired += found.problems.filter((p) => p.kind !== 'unreferenced-content').length;
    }

    // 2. Every acknowledged write is there; the write in flight either happened or did not.
    const actual = await readState(core);
    let applied = false;
    for (const id of new Set([...model.articles.keys(), ...actual.articles.keys()])) {
      const want = model.articles.get(id);
      const got = actual.articles.get(id);
      if (want === got) continue;
      const inFlightWant = inFlight?.effect.articles[id];
      const madeByImport = inFlight?.token !== undefined && got !== undefined && actual.titles.get(id)?.includes(inFlight.token);
      if ((inFlightWant !== undefined && (inFlightWant ?? undefined) === got) || madeByImport) applied = true;
      else throw new Error(`article ${id}: expected ${want ?? 'absent'}, found ${got ?? 'absent'} (in flight: ${inFlight?.op ?? 'nothing'})`);
    }
    for (const id of new Set([...model.highlights.keys(), ...actual.highlights.keys()])) {
      const want = model.highlights.get(id);
      const got = actual.highlights.get(id);
      if (sameHighlight(want, got)) continue;
      const inFlightWant = inFlight?.effect.highlights[id];
      const createdInFlight = inFlight?.op === 'highlight' && want === undefined && got !== undefined;
      if ((inFlightWant !== undefined && sameHighlight(inFlightWant ?? undefined, got)) || createdInFlight) applied = true;
      else throw new Error(`highlight ${id}: expected ${JSON.stringify(want) ?? 'absent'}, found ${JSON.stringify(got) ?? 'absent'} (in flight: ${inFlight?.op ?? 'nothing'})`);
    }
    if (inFlight) figures[applied ? 'inFlightApplied' : 'inFlightLost']++;

    // 3. Search agrees with the data: what is there is found, what was deleted is not.
    await searchAgrees(core, actual, lines, random, figures);

    model.articles = new Map(actual.articles);
    model.highlights = new Map(actual.highlights);
    return `${acked.size} acknowledged, ${inFlight ? `in flight ${inFlight.op} ${applied ? 'applied' : 'not applied'}` : 'none in flight'}, ${found.problems.filter((p) => p.kind !== 'unreferenced-content').length} leftover(s) repaired, ${actual.articles.size} articles, ${actual.highlights.size} highlights`;
  } finally {
    await core.close();
  }
}

/** A lock cut short by the kill is taken over once it is 2 s old; before that the open says to try again, as a user would. */
const LOCK_BEING_WRITTEN = /is being opened by another process; try again in a moment$/;

async function openAfterKill(notebook: string, figures: CrashFigures): Promise<Core> {
  for (let attempt = 0; ; attempt++) {
    try {
      const core = await createCore({ dir: notebook, author: 'verifier', holder: 'the crash test verifier', snapshots: false });
      if (attempt > 0) figures.openRetries++;
      return core;
    } catch (error) {
      if (attempt >= 10 || !LOCK_BEING_WRITTEN.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

const sameHighlight = (a: HighlightValue | undefined, b: HighlightValue | undefined): boolean => a?.note === b?.note && a?.articleId === b?.articleId;

async function readState(core: Core): Promise<Model & { titles: Map<string, string> }> {
  const articles = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const summary of await call(core, 'articles.list', {})) {
    const article = await call(core, 'articles.get', { id: summary.id });
    articles.set(article.id, articleValue(article.versions.length, article.body));
    titles.set(article.id, article.title);
  }
  const highlights = new Map<string, HighlightValue>();
  for (const h of await call(core, 'highlights.list', {})) highlights.set(h.id, { articleId: h.articleId, note: h.note });
  return { articles, highlights, titles };
}

async function searchAgrees(core: Core, actual: Model, lines: LogLine[], random: () => number, figures: CrashFigures): Promise<void> {
  const sample = <T>(items: T[], n: number): T[] => items.filter(() => random() < n / Math.max(1, items.length));
  const find = async (token: string, id: string, present: boolean): Promise<void> => {
    const result = await call(core, 'search.query', { q: token, limit: 50 });
    figures.searches++;
    const hit = result.hits.some((h) => h.highlightId === id || (h.type === 'article' && h.articleId === id));
    if (hit !== present) throw new Error(`search for ${token} ${present ? 'does not find' : 'still finds'} ${id}`);
  };
  for (const [id, value] of sample([...actual.articles], 6)) await find(value.split(':')[1]!, id, true);
  for (const [id, h] of sample([...actual.highlights], 6)) await find(/zn[0-9a-z]+/.exec(h.note)![0], id, true);
  // Everything this writer deleted (and that stayed deleted) has gone from the index too.
  for (const line of lines) {
    if (line.type !== 'ack') continue;
    for (const [id, value] of Object.entries(line.effect.highlights)) {
      if (value !== null && !actual.highlights.has(id)) await find(/zn[0-9a-z]+/.exec(value.note)![0], id, false);
    }
  }
}

async function call<M extends Method>(core: Core, method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as Result<M>;
}

/** Three small bundles from a teammate's notebook (two articles, two highlights each), for the writer to merge. */
async function makeBundles(dir: string): Promise<string> {
  const random = prng(7);
  const bundles: BundleInfo[] = [];
  for (let b = 0; b < 3; b++) {
    const core = await createCore({ dir: path.join(dir, `teammate-${b}`), author: `teammate${b}`, snapshots: false });
    try {
      const effect: Effect = { articles: {}, highlights: {} };
      for (let a = 0; a < 2; a++) {
        const articleToken = `zab${b}x${a}7`;
        const versionToken = `zvb${b}x${a}7`;
        const text = articleText(random, articleToken, versionToken);
        const result = await call(core, 'import.content', { name: `${articleToken}.txt`, dataBase64: Buffer.from(text).toString('base64') });
        const id = result.articleId!;
        effect.articles[id] = articleValue(1, versionToken);
        const note = `teammate note znb${b}x${a}7`;
        const h = await call(core, 'highlights.create', { articleId: id, kind: 'claim', quote: 'officials said', note });
        effect.highlights[h.id] = { articleId: id, note };
      }
      const file = path.join(dir, `teammate-${b}.sourcebook`);
      await call(core, 'exchange.export', { format: 'bundle', path: file });
      bundles.push({ path: file, effect });
    } finally {
      await core.close();
    }
  }
  const file = path.join(dir, 'bundles.json');
  await writeFile(file, JSON.stringify(bundles));
  return file;
}
