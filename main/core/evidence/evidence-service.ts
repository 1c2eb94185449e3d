// The evidence methods over an open notebook: the board, series and checks (computed together once per catalogue
// state), suggestions with their dismissals, and claim links. The logic lives in the pure modules beside this one.
import type { ArticleLinks, LinkedHighlight } from '../../../shared/api/evidence';
import type { Params } from '../../../shared/api';
import { ApiError } from '../../../shared/errors';
import type { ArticleSuggestions, BoardResult, BoardRow, EvidenceChecks, ParsedPassage, Series } from '../../../shared/evidence';
import type { Highlight } from '../../../shared/model';
import { findQuote } from '../highlights/anchor';
import { createHighlight, updateHighlight } from '../highlights/highlights';
import type { Notebook } from '../notebook';
import { boardPage, toRow } from './board';
import { parseBoardQuery } from './board-query';
import { evidenceChecks } from './checks';
import type { QuoteInput } from './checks';
import { uniqueLinks } from './clean-evidence';
import { Dismissals } from './dismissals';
import { parsePassage } from './passage';
import { buildSeries } from './series';
import type { FigureInput } from './series';
import { suggestEvidence } from './suggest';
import type { Candidate } from './suggest';

interface Analysis {
  fingerprint: string;
  rows: BoardRow[];
  series: Series[];
  checks: EvidenceChecks;
}

const analyses = new WeakMap<Notebook, Analysis>();
const dismissalStores = new WeakMap<Notebook, Promise<Dismissals>>();

/** Rows, series and checks for the catalogue as it is; recomputed only after a change. */
function analyse(nb: Notebook): Analysis {
  const fingerprint = nb.catalog.fingerprint();
  const cached = analyses.get(nb);
  if (cached && cached.fingerprint === fingerprint) return cached;
  const live = (id: string): boolean => nb.catalog.highlight(id) !== undefined;
  const rows: BoardRow[] = [];
  const figures: FigureInput[] = [];
  const quotes: QuoteInput[] = [];
  for (const h of nb.catalog.allHighlights()) {
    const article = nb.catalog.article(h.articleId);
    rows.push(toRow(h, article, live));
    const common = { highlightId: h.id, articleId: h.articleId, articleTitle: article?.title ?? '', source: article?.source ?? null, text: h.target.quote.exact };
    const q = h.evidence?.quantities?.[0];
    if (h.kind === 'figure' && q) {
      figures.push({ ...common, articleDate: article?.date ?? null, quantity: q, ...optional(h) });
    }
    if (h.kind === 'quote') quotes.push({ ...common, ...(h.fields.speaker ? { speaker: h.fields.speaker } : {}) });
  }
  const series = buildSeries(figures, 2);
  const checks = evidenceChecks(series, figures, quotes);
  const byId = new Map(rows.map((r) => [r.highlightId, r]));
  for (const s of series) for (const p of s.points) byId.get(p.highlightId)!.seriesId = s.id;
  const flag = (ids: string[], flag: BoardRow['flags'][number]): void => {
    for (const id of ids) if (!byId.get(id)?.flags.includes(flag)) byId.get(id)?.flags.push(flag);
  };
  for (const a of checks.figureAgreements) flag(a.members.map((m) => m.highlightId), 'agreement');
  for (const c of checks.figureConflicts) flag(c.members.map((m) => m.highlightId), 'conflict');
  for (const c of checks.corroboratedQuotes) flag(c.members.map((m) => m.highlightId), 'corroborated');
  for (const m of checks.possibleMisquotes) flag(m.members.map((x) => x.highlightId), 'possible-misquote');
  const analysis = { fingerprint, rows, series, checks };
  analyses.set(nb, analysis);
  return analysis;
}

const optional = (h: Highlight): Pick<FigureInput, 'measures' | 'subject' | 'series' | 'asOf'> => ({
  ...(h.fields.measures ? { measures: h.fields.measures } : {}),
  ...(h.fields.subject ? { subject: h.fields.subject } : {}),
  ...(h.evidence?.series ? { series: h.evidence.series } : {}),
  ...(h.evidence?.asOf ? { asOf: h.evidence.asOf } : {}),
});

export function evidenceBoard(nb: Notebook, params: Params<'evidence.board'>): BoardResult {
  const filter = parseBoardQuery(params.q);
  if (params.unit) filter.unit = params.unit;
  if (params.status) filter.status = params.status;
  if (params.tag) filter.tag = params.tag;
  if (params.valueMin !== undefined) filter.valueMin = params.valueMin;
  if (params.valueMax !== undefined) filter.valueMax = params.valueMax;
  const articleId = params.articleId ? nb.articleMeta(params.articleId).id : undefined;
  return boardPage(analyse(nb).rows, { ...params, filter, ...(articleId ? { articleId } : {}) });
}

export function evidenceSeries(nb: Notebook, params: Params<'evidence.series'>): Series[] {
  return analyse(nb).series.filter((s) => s.points.length >= params.minPoints && (!params.id || s.id === params.id));
}

export const evidenceChecksOf = (nb: Notebook): EvidenceChecks => analyse(nb).checks;

function dismissals(nb: Notebook): Promise<Dismissals> {
  let store = dismissalStores.get(nb);
  if (!store) {
    store = Dismissals.open(nb.dir);
    dismissalStores.set(nb, store);
  }
  return store;
}

/** A candidate is hidden when a highlight of its kind already covers most of it. */
const highlighted = (c: Candidate, existing: Highlight[]): boolean =>
  existing.some((h) => {
    const { start, end } = h.target.position;
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    // Same kind: mostly covered is enough. Another kind: only the same passage (a suggestion accepted as another
    // kind is decided), not a claim sentence that merely contains a tagged figure.
    if (h.kind === c.kind) return overlap > 0.5 * Math.min(end - start, c.end - c.start);
    return overlap >= 0.8 * Math.max(end - start, c.end - c.start);
  });

async function candidatesOf(nb: Notebook, articleId: string): Promise<{ id: string; title: string; all: Candidate[]; body: string }> {
  const { meta, body } = await nb.articleText(articleId);
  return { id: meta.id, title: meta.title, all: suggestEvidence(body.text, { date: meta.date }), body: body.text };
}

export async function suggest(nb: Notebook, params: Params<'evidence.suggest'>): Promise<ArticleSuggestions[]> {
  const ids = params.articleIds ?? [params.articleId!];
  const store = await dismissals(nb);
  const out: ArticleSuggestions[] = [];
  for (const requested of ids) {
    const { id, title, all } = await candidatesOf(nb, requested);
    const dismissed = store.of(id);
    const existing = nb.catalog.highlightsOf(id);
    const hidden = { dismissed: 0, highlighted: 0 };
    const suggestions = all.filter((c) => {
      if (params.kind && c.kind !== params.kind) return false;
      if (c.confidence < params.minConfidence) return false;
      if (dismissed.has(c.id)) return void hidden.dismissed++, false;
      if (highlighted(c, existing)) return void hidden.highlighted++, false;
      return true;
    });
    out.push({ articleId: id, title, suggestions, hidden });
  }
  return out;
}

export async function acceptSuggestion(nb: Notebook, params: Params<'evidence.accept'>): Promise<Highlight> {
  const { id, all } = await candidatesOf(nb, params.articleId);
  const candidate = all.find((c) => c.id === params.suggestionId);
  if (!candidate) throw new ApiError('NOT_FOUND', `no suggestion ${params.suggestionId} in that article (the text may have changed; run suggest again)`);
  return createHighlight(nb, {
    articleId: id,
    kind: params.kind ?? candidate.kind,
    tags: params.tags,
    note: params.note,
    fields: { ...candidate.fields, ...params.fields },
    evidence: { ...candidate.evidence, ...params.evidence },
    start: candidate.start,
    end: candidate.end,
  });
}

export async function dismissSuggestions(nb: Notebook, params: Params<'evidence.dismiss'>): Promise<{ dismissed: number }> {
  const id = nb.articleMeta(params.articleId).id;
  const dismissed = await (await dismissals(nb)).update(id, params.suggestionIds, params.undo);
  nb.changed({ highlights: true }); // other windows showing suggestions refresh
  return { dismissed };
}

export async function parseEvidence(nb: Notebook, params: Params<'evidence.parse'>): Promise<ParsedPassage> {
  if (params.text !== undefined) return parsePassage(params.text, 0, params.text.length, params.kind, { date: params.date ?? null });
  if (params.highlightId) {
    const h = existingHighlight(nb, params.highlightId);
    const { meta, body } = await nb.articleText(h.articleId);
    return parsePassage(body.text, h.target.position.start, h.target.position.end, params.kind ?? h.kind, { date: meta.date });
  }
  const { meta, body } = await nb.articleText(params.articleId!);
  const range = params.quote !== undefined ? findQuote(body.text, params.quote, params.occurrence) : { start: params.start!, end: params.end! };
  if (range.end > body.text.length) throw new ApiError('BAD_REQUEST', 'that range lies outside the article');
  return parsePassage(body.text, range.start, range.end, params.kind, { date: meta.date });
}

function existingHighlight(nb: Notebook, id: string): Highlight {
  const h = nb.catalog.highlight(id);
  if (!h) throw new ApiError('NOT_FOUND', `no highlight with id ${id}`);
  return h;
}

/** Links evidence to a claim (or, with `relation` undefined, removes the link). The claim's history keeps the change. */
export async function linkEvidence(nb: Notebook, claimId: string, evidenceId: string, relation: 'supports' | 'contradicts' | undefined): Promise<Highlight> {
  const claim = existingHighlight(nb, claimId);
  if (claim.kind !== 'claim') throw new ApiError('BAD_REQUEST', `highlight ${claimId} is a ${claim.kind}; only claims take evidence links`);
  if (claimId === evidenceId) throw new ApiError('BAD_REQUEST', 'a claim cannot be evidence for itself');
  const links = claim.evidence?.links ?? [];
  if (relation) existingHighlight(nb, evidenceId);
  else if (!links.some((l) => l.highlightId === evidenceId)) throw new ApiError('NOT_FOUND', `highlight ${evidenceId} is not linked to that claim`);
  const next = relation ? uniqueLinks([...links, { highlightId: evidenceId, relation }]) : links.filter((l) => l.highlightId !== evidenceId);
  return updateHighlight(nb, { id: claimId, evidence: { links: next.length ? next : null } });
}

/**
 * The links that touch an article: the highlights its claims link to, and the claims (in any article) that cite
 * its highlights. One pass over the notebook's highlights, done here rather than by sending them all to the page.
 */
export function articleLinks(nb: Notebook, articleId: string): ArticleLinks {
  const id = nb.articleMeta(articleId).id;
  const own = nb.catalog.highlightsOf(id);
  const ownIds = new Set(own.map((h) => h.id));
  const withTitle = (h: Highlight): LinkedHighlight => ({ highlight: h, articleTitle: nb.catalog.article(h.articleId)?.title ?? '' });
  const linked = new Map<string, LinkedHighlight>();
  for (const h of own) {
    for (const link of h.evidence?.links ?? []) {
      const target = nb.catalog.highlight(link.highlightId);
      if (target) linked.set(target.id, withTitle(target));
    }
  }
  const citing: ArticleLinks['citing'] = {};
  for (const claim of nb.catalog.allHighlights()) {
    for (const link of claim.evidence?.links ?? []) {
      if (!ownIds.has(link.highlightId)) continue;
      (citing[link.highlightId] ??= []).push({ claim: withTitle(claim), relation: link.relation });
    }
  }
  return { linked: [...linked.values()], citing };
}
