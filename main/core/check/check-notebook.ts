import path from 'node:path';
import type { CheckProblem, CheckReport } from '../../../shared/check';
import type { Highlight } from '../../../shared/model';
import { composeBody } from '../articles/body';
import { anchorsIn } from '../highlights/anchor';
import { reanchor } from '../highlights/reanchor';
import type { Notebook } from '../notebook';
import type { Change } from '../storage/catalog';
import { contentFiles, hashesKeptByBackups, IN_USE_MS, listedSegments, partialSnapshots, remove, segmentFiles, temporaryFiles } from './leftovers';

export interface CheckOptions {
  repair: boolean;
  /**
   * Files younger than this (ms) may belong to a write in progress and are left out. Default {@link IN_USE_MS};
   * 0 when nothing else can be writing (the crash test, right after open).
   */
  inUseMs?: number;
}

/**
 * Verifies the open notebook and, with `repair`, fixes what can be fixed without touching what the user wrote:
 * leftovers of interrupted writes go, the search index catches up with the data, and a highlight that no longer
 * anchors in its article's text is flagged for review (as an orphan, or re-attached where its text is
 * unambiguous) rather than left pointing at the wrong words. Shards that do not parse never get this far: the
 * notebook does not open, and its error points to `sourcebook restore`.
 */
export async function checkNotebook(nb: Notebook, options: CheckOptions): Promise<CheckReport> {
  const { repair, inUseMs = IN_USE_MS } = options;
  const started = Date.now();
  const problems: CheckProblem[] = [];
  // Whatever the app was doing is indexed and on disk first, so that nothing in flight looks like a leftover.
  await nb.search.settle();
  const settledAt = Date.now();
  const old = (mtimeMs: number): boolean => mtimeMs < settledAt - inUseMs;

  for (const file of await temporaryFiles(nb.dir)) {
    if (!old(file.mtimeMs)) continue;
    if (repair) await remove(nb.dir, file.relative);
    problems.push({ kind: 'leftover-file', severity: 'repairable', file: file.relative, message: `${file.relative} is left over from an interrupted write`, repaired: repair });
  }
  for (const folder of await partialSnapshots(nb.dir)) {
    if (repair) await remove(nb.dir, folder.relative);
    problems.push({ kind: 'partial-snapshot', severity: 'repairable', file: folder.relative, message: `${folder.relative} is an interrupted backup snapshot`, repaired: repair });
  }

  const contentCount = await checkContent(nb, repair, old, problems);
  const highlights = await checkHighlights(nb, repair, problems);

  const index = await nb.search.verify(repair);
  if (index.missingOrOutdated + index.extra > 0) {
    const message = `the search index is behind the data (${index.missingOrOutdated} document(s) to index, ${index.extra} to drop)`;
    problems.push({ kind: 'stale-index', severity: 'repairable', message, repaired: index.repaired });
  }
  const segments = await checkSegments(nb, repair, old, problems);

  const ok = problems.every((p) => p.severity === 'notice' || (p.severity === 'repairable' && p.repaired));
  return {
    ok,
    repair,
    checked: { articles: nb.catalog.articleCount, highlights, contentFiles: contentCount, segments },
    problems,
    ms: Date.now() - started,
  };
}

async function checkContent(nb: Notebook, repair: boolean, old: (mtimeMs: number) => boolean, problems: CheckProblem[]): Promise<number> {
  const files = await contentFiles(nb.dir);
  const referenced = new Set<string>();
  for (const meta of nb.catalog.allArticles()) {
    for (const hash of new Set([meta.contentHash, ...meta.versions.map((v) => v.contentHash)])) {
      referenced.add(hash);
      const problem = await nb.content.get(hash).then(
        () => null,
        (error: unknown) => (files.has(hash) ? `does not parse (${firstLine(error)})` : 'is missing'),
      );
      if (problem) {
        const which = hash === meta.contentHash ? 'text' : 'earlier version text';
        problems.push({ kind: 'missing-content', severity: 'error', id: meta.id, file: contentPath(hash), message: `the ${which} of "${meta.title}" (${contentPath(hash)}) ${problem}; import the article again`, repaired: false });
      }
    }
  }
  const kept = await hashesKeptByBackups(nb.dir);
  for (const [hash, file] of files) {
    if (referenced.has(hash) || kept.has(hash) || !old(file.mtimeMs)) continue;
    if (repair) await remove(nb.dir, file.relative);
    problems.push({ kind: 'unreferenced-content', severity: 'notice', file: file.relative, message: `${file.relative} is an article text no article refers to (an interrupted import or a deleted article)`, repaired: repair });
  }
  return files.size;
}

/** Every highlight must anchor in its article's current text, or be an orphan awaiting review. */
async function checkHighlights(nb: Notebook, repair: boolean, problems: CheckProblem[]): Promise<number> {
  const changes: Change[] = [];
  let count = 0;
  for (const meta of nb.catalog.allArticles()) {
    const blocks = await nb.content.blocks(meta.contentHash).catch(() => null);
    if (!blocks) continue; // reported with the content
    const body = composeBody(blocks, meta.includeRemoved).text;
    for (const h of nb.catalog.highlightsOf(meta.id)) {
      count++;
      if (anchorsIn(body, h.target) || h.carried?.confidence === 'orphaned') continue;
      if (repair) changes.push({ type: 'putHighlight', highlight: flagForReview(h, body, meta.versions.length - 1) });
      problems.push({ kind: 'unanchored-highlight', severity: 'repairable', id: h.id, message: `highlight ${h.id} ("${h.target.quote.exact.slice(0, 40)}") is not where it says in its article's text`, repaired: repair });
    }
  }
  for (const h of nb.catalog.allHighlights()) {
    if (nb.catalog.article(h.articleId)) continue;
    count++;
    problems.push({ kind: 'dangling-highlight', severity: 'error', id: h.id, message: `highlight ${h.id} belongs to article ${h.articleId}, which is not in the notebook`, repaired: false });
  }
  if (changes.length > 0) {
    await nb.catalog.commit(changes);
    nb.changed({ highlights: true });
  }
  return count;
}

/** Re-attaches the highlight where its quote and context say, or keeps it as an orphan; either way, for review. */
function flagForReview(h: Highlight, body: string, version: number): Highlight {
  const found = reanchor(body, h.target, h.target.position.start);
  return {
    ...h,
    target: found.target ?? h.target,
    carried: { confidence: found.target ? found.confidence : 'orphaned', score: found.score, version, previous: h.target, reviewed: false },
  };
}

async function checkSegments(nb: Notebook, repair: boolean, old: (mtimeMs: number) => boolean, problems: CheckProblem[]): Promise<number> {
  const files = await segmentFiles(nb.dir);
  const listed = await listedSegments(nb.dir);
  if (listed === null) return files.size; // no manifest yet: an empty index, or one being rebuilt from the data
  for (const [id, file] of files) {
    if (listed.has(id) || !old(file.mtimeMs)) continue;
    if (repair) await remove(nb.dir, file.relative);
    problems.push({ kind: 'unlisted-segment', severity: 'repairable', file: file.relative, message: `${file.relative} is a search index segment the index does not list`, repaired: repair });
  }
  const missing = [...listed].filter((id) => !files.has(id));
  if (missing.length > 0) {
    if (repair) await nb.search.reindex();
    const message = `${missing.length} search index segment(s) listed by the index are missing; the index is rebuilt from the data`;
    problems.push({ kind: 'missing-segment', severity: 'repairable', file: path.join('index', 'segments'), message, repaired: repair });
  }
  return listed.size;
}

const contentPath = (hash: string): string => path.join('content', hash.slice(0, 2), `${hash}.json`);
const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 160);
