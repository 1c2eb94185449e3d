// The evidence board: every claim, figure and quote as a row, filtered, sorted, grouped and paged in the core, so
// that the UI receives one page however large the notebook (30,000 highlights take a few milliseconds).
import type { BoardGroup, BoardGroupBy, BoardResult, BoardRow, BoardSort } from '../../../shared/evidence';
import type { ArticleMeta, Highlight, Kind } from '../../../shared/model';
import type { BoardFilter } from './board-query';
import { normaliseUnit } from './normalise';

export interface BoardParams {
  filter: BoardFilter;
  kind?: Kind;
  articleId?: string;
  sort: BoardSort;
  order: 'asc' | 'desc';
  groupBy?: BoardGroupBy;
  limit: number;
  offset: number;
}

/** A highlight as a board row, before the checks add their flags and series. */
export function toRow(h: Highlight, article: ArticleMeta | undefined, live: (id: string) => boolean): BoardRow {
  const q = h.evidence?.quantities?.[0];
  const links = h.evidence?.links?.filter((l) => live(l.highlightId)) ?? [];
  const row: BoardRow = {
    highlightId: h.id,
    articleId: h.articleId,
    kind: h.kind,
    tags: h.tags,
    note: h.note,
    text: h.target.quote.exact,
    articleTitle: article?.title ?? '',
    source: article?.source ?? null,
    date: article?.date ?? null,
    ...h.fields,
    flags: [],
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
  };
  if (h.kind === 'claim') {
    row.status = h.evidence?.status ?? 'unverified';
    row.supports = links.filter((l) => l.relation === 'supports').length;
    row.contradicts = links.filter((l) => l.relation === 'contradicts').length;
  }
  if (h.evidence?.quoteType) row.quoteType = h.evidence.quoteType;
  if (q) {
    row.value = q.value;
    if (q.valueMax !== undefined) row.valueMax = q.valueMax;
    if (q.bound) row.bound = q.bound;
    if (q.unit) row.unit = q.unit;
    if (q.per) row.per = q.per;
    row.quantities = h.evidence!.quantities!;
  }
  if (h.evidence?.asOf) row.asOf = h.evidence.asOf;
  return row;
}

const has = (text: string | undefined | null, needle: string): boolean => (text ?? '').toLowerCase().includes(needle);

/** A row passes when every filter holds; a value filter matches figures whose [value, valueMax] reaches into the range. */
export function passes(row: BoardRow, params: Pick<BoardParams, 'filter' | 'kind' | 'articleId'>): boolean {
  const f = params.filter;
  const kind = params.kind ?? f.kind;
  if (kind && row.kind !== kind) return false;
  if (params.articleId && row.articleId !== params.articleId) return false;
  if (f.unit && (!row.unit || normaliseUnit(row.unit) !== normaliseUnit(f.unit))) return false;
  if (f.status && row.status !== f.status) return false;
  if (f.speaker && !has(row.speaker, f.speaker.toLowerCase()) && !has(row.claimant, f.speaker.toLowerCase())) return false;
  if (f.tag && !row.tags.some((t) => t.toLowerCase() === f.tag!.toLowerCase())) return false;
  if (f.source && (row.source ?? '').toLowerCase() !== f.source.toLowerCase()) return false;
  if (f.series && row.seriesId !== f.series) return false;
  if (f.asOf && !(row.asOf ?? '').startsWith(f.asOf)) return false;
  if (f.valueMin !== undefined || f.valueMax !== undefined) {
    if (row.value === undefined) return false;
    const high = row.valueMax ?? row.value;
    if (f.valueMin !== undefined && (f.minExclusive ? high <= f.valueMin : high < f.valueMin)) return false;
    if (f.valueMax !== undefined && (f.maxExclusive ? row.value >= f.valueMax : row.value > f.valueMax)) return false;
  }
  if (f.words.length) {
    const hay = [row.text, row.note, row.articleTitle, row.speaker, row.claimant, row.measures, row.subject, row.tags.join(' ')].join('\n').toLowerCase();
    if (!f.words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

type SortValue = string | number | undefined;
const SORT_KEYS: Record<BoardSort, (r: BoardRow) => SortValue> = {
  article: (r) => r.articleTitle.toLowerCase(),
  date: (r) => r.date ?? undefined,
  kind: (r) => r.kind,
  value: (r) => r.value,
  asOf: (r) => r.asOf ?? undefined,
  speaker: (r) => (r.speaker ?? r.claimant)?.toLowerCase(),
  status: (r) => r.status,
  unit: (r) => r.unit?.toLowerCase(),
  created: (r) => r.createdAt,
  updated: (r) => r.updatedAt,
};

const GROUP_KEYS: Record<BoardGroupBy, (r: BoardRow) => { key: string; label: string }[]> = {
  kind: (r) => [{ key: r.kind, label: r.kind }],
  article: (r) => [{ key: r.articleId, label: r.articleTitle }],
  source: (r) => [{ key: r.source ?? '', label: r.source ?? '(no source)' }],
  speaker: (r) => {
    const who = r.speaker ?? r.claimant;
    return [{ key: who?.toLowerCase() ?? '', label: who ?? '(nobody named)' }];
  },
  status: (r) => [{ key: r.status ?? '', label: r.status ?? '(not a claim)' }],
  unit: (r) => [{ key: r.unit ? normaliseUnit(r.unit) : '', label: r.unit ?? '(no unit)' }],
  series: (r) => [{ key: r.seriesId ?? '', label: r.seriesId ? (r.measures ?? r.seriesId) : '(no series)' }],
  tag: (r) => (r.tags.length ? r.tags.map((t) => ({ key: t.toLowerCase(), label: t })) : [{ key: '', label: '(untagged)' }]),
};

/** Rows without the sort key go last whatever the order, so "value, descending" still starts with the largest. */
function compare(a: SortValue, b: SortValue, order: 1 | -1): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return (a < b ? -1 : 1) * order;
}

export function boardPage(rows: BoardRow[], params: BoardParams): BoardResult {
  const order = params.order === 'desc' ? -1 : 1;
  const key = SORT_KEYS[params.sort];
  let filtered = rows.filter((r) => passes(r, params));
  const sortKeys = new Map(filtered.map((r) => [r, key(r)]));
  const byKey = (a: BoardRow, b: BoardRow): number =>
    compare(sortKeys.get(a), sortKeys.get(b), order) || a.articleId.localeCompare(b.articleId) || a.highlightId.localeCompare(b.highlightId);
  let groups: BoardGroup[] | undefined;
  if (params.groupBy) {
    const groupOf = GROUP_KEYS[params.groupBy];
    const counts = new Map<string, BoardGroup>();
    const expanded: { row: BoardRow; group: string }[] = [];
    for (const row of filtered) {
      for (const g of groupOf(row)) {
        const group = counts.get(g.key) ?? { key: g.key, label: g.label, count: 0 };
        group.count++;
        counts.set(g.key, group);
        expanded.push({ row, group: g.key });
      }
    }
    // Named groups in label order, the "(none)" group last.
    groups = [...counts.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.label.localeCompare(b.label)));
    const rank = new Map(groups.map((g, i) => [g.key, i]));
    expanded.sort((a, b) => rank.get(a.group)! - rank.get(b.group)! || byKey(a.row, b.row));
    filtered = expanded.map((e) => e.row);
  } else filtered.sort(byKey);
  return { total: filtered.length, rows: filtered.slice(params.offset, params.offset + params.limit), ...(groups ? { groups } : {}) };
}
