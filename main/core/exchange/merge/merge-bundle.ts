import { ApiError } from '../../../../shared/errors';
import type { MergeReport } from '../../../../shared/exchange';
import type { ArticleMeta, Block, Highlight } from '../../../../shared/model';
import type { Notebook } from '../../notebook';
import type { Change, Tombstone } from '../../storage/catalog';
import type { Bundle } from '../bundle/read';
import { deletionApplies, deletionConflict, laterTombstone, mergeHighlight } from './highlights';
import { mergeArticle } from './articles';
import { retarget } from './retarget';
import type { Anchoring } from './retarget';

export interface MergePlan {
  /** The catalogue's state the plan was made against. */
  fingerprint: string;
  changes: Change[];
  /** Content files the notebook does not have yet, to write before the commit. */
  contents: { hash: string; bytes: Uint8Array }[];
  report: MergeReport;
}

const anchoring = (a: ArticleMeta): Anchoring => ({ contentHash: a.contentHash, includeRemoved: a.includeRemoved, versions: a.versions });

/**
 * Works out everything a merge would do, without writing: which articles and highlights are new, updated,
 * unchanged or in conflict, which deletions apply, and the catalogue changes that do it in one commit.
 */
export async function planMerge(nb: Notebook, bundle: Bundle): Promise<MergePlan> {
  const fingerprint = nb.catalog.fingerprint();
  const report = emptyReport(bundle);
  const changes: Change[] = [];
  const contents: { hash: string; bytes: Uint8Array }[] = [];
  const blocks = new Map<string, Block[]>();
  for (const [hash, c] of bundle.contents) blocks.set(hash, c.blocks);
  const loadBlocks = async (hash: string): Promise<void> => {
    if (!blocks.has(hash)) blocks.set(hash, await nb.content.blocks(hash));
  };
  const blocksOf = (hash: string): Block[] => blocks.get(hash)!;

  // Articles are the same when their ids are, or when one holds a version the other has (same text or same file).
  const localByHash = new Map<string, string>();
  for (const a of nb.catalog.allArticles()) for (const v of a.versions) localByHash.set(v.bodyHash, a.id).set(v.sourceHash, a.id);
  const localIdOf = new Map<string, string>();
  const incomingByArticle = new Map<string, Highlight[]>();
  for (const h of bundle.highlights) incomingByArticle.set(h.articleId, [...(incomingByArticle.get(h.articleId) ?? []), h]);

  const puts = new Map<string, Highlight>();
  for (const incoming of bundle.articles) {
    const localId = nb.catalog.article(incoming.id)
      ? incoming.id
      : (incoming.versions.map((v) => localByHash.get(v.bodyHash) ?? localByHash.get(v.sourceHash)).find((id) => id !== undefined) ?? incoming.id);
    localIdOf.set(incoming.id, localId);
    if (localId !== incoming.id) report.warnings.push(`article "${incoming.title}" is ${localId} here and ${incoming.id} in the bundle; merged into the one here`);
    const here = nb.catalog.article(localId);
    const merged = mergeArticle(here, { ...incoming, id: localId });
    report.articles[merged.status]++;
    report.articles.versionsAdded += here ? merged.versionsAdded : 0;
    if (merged.status !== 'unchanged') changes.push({ type: 'putArticle', article: merged.article });
    for (const v of merged.article.versions) {
      const sent = bundle.contents.get(v.contentHash);
      if (sent && !(here?.versions.some((w) => w.contentHash === v.contentHash) ?? false)) contents.push({ hash: v.contentHash, bytes: sent.bytes });
    }

    const target = anchoring(merged.article);
    const incomingHighlights = (incomingByArticle.get(incoming.id) ?? []).map((h) => ({ ...h, articleId: localId }));
    const localHighlights = here ? nb.catalog.highlightsOf(localId) : [];
    for (const a of [...(here ? [here] : []), incoming, merged.article]) for (const v of a.versions) await loadBlocks(v.contentHash);
    const hereMoved = here ? retarget(localHighlights, anchoring(here), target, blocksOf) : [];
    const incomingMoved = retarget(incomingHighlights, anchoring(incoming), target, blocksOf);

    const hereById = new Map(hereMoved.map((r) => [r.highlight.id, r]));
    for (const moved of hereMoved) {
      if (moved.highlight !== localHighlights.find((h) => h.id === moved.highlight.id)) puts.set(moved.highlight.id, moved.highlight);
      if (moved.carried) report.highlights.carried++;
    }
    for (const moved of incomingMoved) {
      const h = moved.highlight;
      const local = hereById.get(h.id)?.highlight ?? nb.catalog.highlight(h.id);
      if (local && local.articleId !== localId) {
        report.warnings.push(`highlight ${h.id} belongs to another article here; left as it is`);
        continue;
      }
      const buried = local ? undefined : nb.catalog.tombstone(h.id);
      if (buried) {
        if (deletionApplies(h, buried)) {
          report.highlights.unchanged++; // deleted here; the other notebook deletes it when it merges from here
          continue;
        }
        report.conflicts.push(deletionConflict(h, buried, 'incoming', false));
        report.highlights.conflicts++;
        puts.set(h.id, h);
        continue;
      }
      const result = mergeHighlight(local, h);
      report.highlights[result.status === 'conflict' ? 'conflicts' : result.status]++;
      if (result.status === 'new' && moved.carried) report.highlights.carried++;
      if (result.conflict) report.conflicts.push(result.conflict);
      if (result.status !== 'unchanged') puts.set(h.id, result.highlight);
    }
  }

  const deletions: Change[] = [];
  for (const tombstone of bundle.tombstones) {
    const t: Tombstone = { ...tombstone, articleId: localIdOf.get(tombstone.articleId) ?? tombstone.articleId };
    const state = puts.get(t.id) ?? nb.catalog.highlight(t.id);
    if (state) {
      if (!deletionApplies(state, t)) {
        report.conflicts.push(deletionConflict(state, t, 'here', true));
        report.highlights.conflicts++;
        continue;
      }
      puts.delete(t.id);
      if (nb.catalog.highlight(t.id)) {
        deletions.push({ type: 'deleteHighlight', id: t.id, deletedAt: t.deletedAt });
        report.highlights.deleted++;
        report.deletions.push({ highlightId: t.id, articleId: state.articleId, text: clip(state.target.quote.exact) });
      }
      // Filed with the highlight's article as it is here, beside the tombstone the deletion itself leaves.
      deletions.push({ type: 'putTombstone', tombstone: { ...t, articleId: state.articleId } });
      continue;
    }
    const known = nb.catalog.tombstone(t.id);
    const kept = known ? laterTombstone(known, t) : t;
    if (kept !== known) deletions.push({ type: 'putTombstone', tombstone: kept });
  }
  for (const highlight of puts.values()) changes.push({ type: 'putHighlight', highlight });
  changes.push(...deletions);
  return { fingerprint, changes, contents, report };
}

/**
 * Writes what a plan says: the new content files first (harmless on their own), then one all-or-nothing commit.
 * If the catalogue changed meanwhile (an edit while the files were written), the plan is made again first, so the
 * merge never writes over a change it did not see.
 */
export async function applyMerge(nb: Notebook, bundle: Bundle, first: MergePlan): Promise<MergeReport> {
  let plan = first;
  for (let attempt = 0; ; attempt++) {
    for (const { hash, bytes } of plan.contents) await nb.content.putRaw(hash, bytes);
    if (nb.catalog.fingerprint() === plan.fingerprint) break;
    if (attempt === 3) throw new ApiError('CONFLICT', 'the notebook kept changing during the merge; nothing was merged, try again');
    plan = await planMerge(nb, bundle);
  }
  await nb.catalog.commit(plan.changes);
  if (plan.changes.length > 0) {
    nb.changed({ articles: plan.changes.some((c) => c.type === 'putArticle'), highlights: plan.changes.some((c) => c.type !== 'putArticle') });
  }
  return { ...plan.report, applied: true };
}

function emptyReport(bundle: Bundle): MergeReport {
  const counts = () => ({ new: 0, updated: 0, unchanged: 0, conflicts: 0 });
  return {
    applied: false,
    bundle: {
      schemaVersion: bundle.manifest.schemaVersion,
      createdAt: bundle.manifest.createdAt,
      createdBy: bundle.manifest.createdBy,
      articles: bundle.articles.length,
      highlights: bundle.highlights.length,
      tombstones: bundle.tombstones.length,
    },
    articles: { ...counts(), versionsAdded: 0 },
    highlights: { ...counts(), deleted: 0, carried: 0 },
    conflicts: [],
    deletions: [],
    warnings: [],
  };
}

const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
