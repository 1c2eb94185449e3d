// Figures that measure the same thing form a series. "The same thing": the user named the series, or the unit is
// the same, the subjects do not differ ("Telegram" vs "WhatsApp"; a figure without one goes with either), and the
// normalised words of what they measure overlap with a Dice coefficient of at least SAME_MEASURE.
import type { Quantity } from '../../../shared/model';
import type { PointDating, Series, SeriesPoint } from '../../../shared/evidence';
import { dice, measureTokens, normaliseSubject, normaliseUnit } from './normalise';

/** "active Russian users" vs "users in Russia": 0.8; "users" vs "users in Russia": 0.67 (too loose to merge). */
export const SAME_MEASURE = 0.75;
/** Comparisons per distinct wording, so that a notebook of very alike figures stays fast. */
const MAX_CANDIDATES = 2000;

export interface FigureInput {
  highlightId: string;
  articleId: string;
  articleTitle: string;
  source: string | null;
  articleDate: string | null;
  text: string;
  quantity: Quantity;
  measures?: string;
  subject?: string;
  series?: string;
  asOf?: string;
}

interface Key {
  id: string;
  unit: string;
  subject: string;
  tokens: string[];
  members: FigureInput[];
}

/** Every series with at least `minPoints` points, largest first. */
export function buildSeries(figures: FigureInput[], minPoints = 2): Series[] {
  const explicit = new Map<string, FigureInput[]>();
  const keys = new Map<string, Key>();
  for (const f of figures) {
    if (f.series) {
      const name = f.series.trim().toLowerCase();
      explicit.set(name, [...(explicit.get(name) ?? []), f]);
      continue;
    }
    if (!f.quantity.unit) continue;
    const tokens = measureTokens(f.measures ?? f.quantity.unit);
    const unit = normaliseUnit(f.quantity.unit);
    const subject = f.subject ? normaliseSubject(f.subject) : '';
    const id = `${unit}|${subject}|${tokens.join(' ')}`;
    const key = keys.get(id) ?? { id, unit, subject, tokens, members: [] };
    key.members.push(f);
    keys.set(id, key);
  }
  const series: Series[] = [];
  for (const [name, members] of explicit) series.push(toSeries(`series:${name}`, members, true));
  for (const cluster of clusterKeys([...keys.values()])) {
    const members = cluster.flatMap((k) => k.members);
    const main = cluster.reduce((a, b) => (b.members.length > a.members.length ? b : a));
    series.push(toSeries(`measure:${main.id}`, members, false));
  }
  return series.filter((s) => s.points.length >= minPoints).sort((a, b) => b.points.length - a.points.length || a.label.localeCompare(b.label));
}

/** Groups of wordings that measure the same thing (union–find over keys that share a word). */
function clusterKeys(keys: Key[]): Key[][] {
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byToken = new Map<string, number[]>();
  keys.forEach((k, i) => {
    for (const t of k.tokens) byToken.set(`${k.unit}|${t}`, [...(byToken.get(`${k.unit}|${t}`) ?? []), i]);
  });
  keys.forEach((k, i) => {
    const candidates = new Set<number>();
    for (const t of k.tokens) for (const j of byToken.get(`${k.unit}|${t}`) ?? []) if (j > i && candidates.size < MAX_CANDIDATES) candidates.add(j);
    for (const j of candidates) {
      const other = keys[j]!;
      const subjectsAgree = !k.subject || !other.subject || k.subject === other.subject;
      if (subjectsAgree && dice(k.tokens, other.tokens) >= SAME_MEASURE) parent[find(j)] = find(i);
    }
  });
  const clusters = new Map<number, Key[]>();
  keys.forEach((k, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), k]));
  return [...clusters.values()];
}

/** When a figure holds: the date its sentence gave, else its article's date. */
export function datingOf(f: FigureInput): { asOf: string | null; dated: PointDating } {
  if (f.asOf) return { asOf: f.asOf, dated: 'text' };
  if (f.articleDate) return { asOf: f.articleDate, dated: 'article' };
  return { asOf: null, dated: 'none' };
}

function toSeries(id: string, members: FigureInput[], explicit: boolean): Series {
  const seen = new Set<string>();
  const points: SeriesPoint[] = [];
  for (const f of members) {
    const { asOf, dated } = datingOf(f);
    const q = f.quantity;
    // One point per source: the same article repeating a number adds nothing.
    const key = `${f.articleId}|${q.value}|${q.valueMax ?? ''}|${asOf ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    points.push({
      highlightId: f.highlightId,
      articleId: f.articleId,
      articleTitle: f.articleTitle,
      source: f.source,
      asOf,
      dated,
      value: q.value,
      ...(q.valueMax !== undefined ? { valueMax: q.valueMax } : {}),
      ...(q.bound ? { bound: q.bound } : {}),
      text: f.text,
    });
  }
  points.sort((a, b) => (a.asOf === b.asOf ? a.value - b.value : a.asOf === null ? 1 : b.asOf === null ? -1 : a.asOf < b.asOf ? -1 : 1));
  const subject = mostCommon(members.map((m) => m.subject).filter((s): s is string => Boolean(s)));
  return {
    id,
    label: explicit ? members[0]!.series!.trim() : (mostCommon(members.map((m) => m.measures ?? m.quantity.unit ?? '')) ?? ''),
    unit: mostCommon(members.map((m) => m.quantity.unit ?? '')) ?? '',
    ...(subject ? { subject } : {}),
    explicit,
    points,
  };
}

export function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
