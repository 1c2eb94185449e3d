import type { BoardResult, EvidenceChecks, Series, Suggestion } from '../../../shared/evidence';
import { BOARD_GROUPS, BOARD_SORTS } from '../../../shared/evidence';
import type { BoardGroupBy, BoardSort } from '../../../shared/evidence';
import { BOUNDS, CLAIM_STATUSES, RATE_PERIODS } from '../../../shared/model';
import type { Bound, ClaimStatus, HighlightEvidence, Quantity, RatePeriod } from '../../../shared/model';
import { readValue } from '../../core/evidence/numbers';
import { UsageError } from '../types';
import { exactly, int, kind, list, str } from './args';
import type { Command, Values } from './types';

/** The evidence options `highlight` and `edit-highlight` take (see evidenceFrom). */
export const evidenceOptions = {
  value: { type: 'string' },
  'value-max': { type: 'string' },
  unit: { type: 'string' },
  bound: { type: 'string' },
  per: { type: 'string' },
  'as-of': { type: 'string' },
  status: { type: 'string' },
  'quote-type': { type: 'string' },
  series: { type: 'string' },
} as const;

export const EVIDENCE_HELP =
  'Evidence: --value N (6000000, "6 million", 6m, 60%) [--value-max N] [--unit U] [--bound approximate|lower|upper] [--per week…] [--as-of 2017-01] (figures), --status unverified|supported|disputed|false (claims), --quote-type direct|paraphrase, --series NAME.';

function oneOf<T extends string>(v: Values[string], name: string, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!allowed.includes(v as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${String(v)}"`);
  return v as T;
}

function value(v: Values[string], name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = readValue(String(v));
  if (n === undefined) throw new UsageError(`--${name} takes a number such as 6000000, "6 million", 6m or 60%, not "${String(v)}"`);
  return n;
}

/** The evidence data given on the command line, or undefined when none was. @throws UsageError on a bad value */
export function evidenceFrom(values: Values): HighlightEvidence | undefined {
  const evidence: HighlightEvidence = {};
  const v = value(values.value, 'value');
  if (v !== undefined) {
    const q: Quantity = { value: v };
    const max = value(values['value-max'], 'value-max');
    if (max !== undefined) q.valueMax = max;
    const unit = str(values.unit);
    if (unit) q.unit = unit;
    const bound = oneOf<Bound>(values.bound, 'bound', BOUNDS);
    if (bound) q.bound = bound;
    const per = oneOf<RatePeriod>(values.per, 'per', RATE_PERIODS);
    if (per) q.per = per;
    evidence.quantities = [q];
  } else if (['value-max', 'unit', 'bound', 'per'].some((k) => values[k] !== undefined)) {
    throw new UsageError('--value-max, --unit, --bound and --per go with --value');
  }
  const asOf = str(values['as-of']);
  if (asOf !== undefined) {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf)) throw new UsageError('--as-of takes YYYY, YYYY-MM or YYYY-MM-DD');
    evidence.asOf = asOf;
  }
  const status = oneOf<ClaimStatus>(values.status, 'status', CLAIM_STATUSES);
  if (status) evidence.status = status;
  const quoteType = oneOf(values['quote-type'], 'quote-type', ['direct', 'paraphrase'] as const);
  if (quoteType) evidence.quoteType = quoteType;
  const series = str(values.series);
  if (series) evidence.series = series;
  return Object.keys(evidence).length ? evidence : undefined;
}

const short = (id: string): string => id.slice(0, 8);
const clip = (text: string, width: number): string => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
};

/** 6000000 → "6,000,000"; fractions of a percent unit as percentages ("60%"), of percentage points as points ("5"). */
export function formatValue(v: number | undefined, unit?: string, valueMax?: number): string {
  if (v === undefined) return '';
  const one = (n: number): string =>
    unit === 'percent' ? `${+(n * 100).toFixed(4)}%` : unit === 'percentage points' ? `${+(n * 100).toFixed(4)}` : n.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return valueMax !== undefined ? `${one(v)}–${one(valueMax)}` : one(v);
}

export function boardTable(board: BoardResult): string {
  if (board.total === 0) return 'No claims, figures or quotes match.\n';
  const line = (r: BoardResult['rows'][number]): string => {
    const who = r.speaker ?? r.claimant ?? r.subject ?? '';
    const number = r.value !== undefined ? `${r.bound === 'lower' ? '>' : r.bound === 'upper' ? '≤' : r.bound === 'approximate' ? '~' : ''}${formatValue(r.value, r.unit, r.valueMax)} ${unitAfter(r.unit)}${r.per ? `/${r.per}` : ''}` : (r.status ?? '');
    const flags = r.flags.length ? `  [${r.flags.join(', ')}]` : '';
    return `${r.kind.padEnd(6)} ${short(r.highlightId)}  ${clip(number.trim(), 24).padEnd(24)}  ${(r.asOf ?? r.date ?? '').padEnd(10)}  ${clip(who, 22).padEnd(22)}  “${clip(r.text, 60)}”  (${clip(r.articleTitle, 30)})${flags}`;
  };
  const lines: string[] = [];
  if (board.groups) {
    let i = 0;
    for (const g of board.groups) {
      const rows = board.rows.slice(i, i + g.count);
      i += g.count;
      if (rows.length) lines.push(`\n${g.label} (${g.count})`, ...rows.map(line));
    }
  } else lines.push(...board.rows.map(line));
  const more = board.total > board.rows.length ? `\n${board.total} rows, showing ${board.rows.length}` : '';
  return `${'kind'.padEnd(6)} ${'id'.padEnd(8)}  ${'value / status'.padEnd(24)}  ${'as of'.padEnd(10)}  ${'who'.padEnd(22)}  text (article)\n${lines.join('\n')}${more}\n`;
}

export function seriesText(series: Series[]): string {
  if (series.length === 0) return '';
  return `\nSeries (figures that measure the same thing)\n${series
    .map((s) => `  ${s.subject ? `${s.subject}: ` : ''}${s.label} (${s.unit})${s.explicit ? ' [named]' : ''}\n${s.points.map((p) => `    ${(p.asOf ?? 'undated').padEnd(10)} ${formatValue(p.value, s.unit, p.valueMax).padStart(14)}${p.dated === 'article' ? '  (article date)' : ''}  ${clip(p.articleTitle, 50)}`).join('\n')}`)
    .join('\n')}\n`;
}

export function checksText(c: EvidenceChecks): string {
  const members = (ms: { articleTitle: string; value?: number }[], unit?: string): string =>
    ms.map((m) => `      ${m.value !== undefined ? `${formatValue(m.value, unit)}  ` : ''}${clip(m.articleTitle, 60)}`).join('\n');
  const lines = [
    ...c.figureAgreements.map((a) => `  same figure in ${a.members.length} articles: ${formatValue(a.value, a.unit)} ${a.unit} ${a.label}${a.asOf ? ` (${a.asOf})` : ''}\n${members(a.members)}`),
    ...c.figureConflicts.map((x) => `  CONFLICT: ${x.label} (${x.unit})${x.asOf ? ` as of ${x.asOf}` : ''} differs between articles\n${members(x.members, x.unit)}`),
    ...c.corroboratedQuotes.map((q) => `  quote in ${q.members.length} articles${q.speaker ? ` (${q.speaker})` : ''}: “${clip(q.text, 80)}”\n${members(q.members)}`),
    ...c.possibleMisquotes.map(
      (m) => `  POSSIBLE MISQUOTE (${Math.round(m.similarity * 100)}% alike): ${m.changes.map((ch) => (ch.type === 'added' ? `{+${ch.text}+}` : ch.type === 'removed' ? `[-${ch.text}-]` : ch.text)).join('')}\n${members(m.members)}`,
    ),
  ];
  return lines.length ? `\nCross-article checks\n${lines.join('\n')}\n` : '\nCross-article checks: nothing found across articles.\n';
}

const boardCommand: Command = {
  name: 'board',
  usage: `board [--kind K] [--query Q] [--group-by ${BOARD_GROUPS.join('|')}] [--sort ${BOARD_SORTS.join('|')}] [--desc] [--limit N]`,
  summary: 'The evidence board: every claim, figure and quote with its numbers and speakers, the series of figures, and cross-article checks.',
  help: 'Query: free words and field filters, e.g. --query \'value:>1000000 unit:users\', status:disputed, speaker:"Ana Ruiz", asof:2017, tag:T, value:1e6..5e6.',
  options: { kind: { type: 'string' }, query: { type: 'string' }, 'group-by': { type: 'string' }, sort: { type: 'string' }, desc: { type: 'boolean' }, limit: { type: 'string' } },
  check(positionals, values) {
    exactly(0, 'no arguments besides the options')(positionals);
    kind(values.kind, false);
    oneOf(values['group-by'], 'group-by', BOARD_GROUPS);
    oneOf(values.sort, 'sort', BOARD_SORTS);
    int(values.limit, 'limit');
  },
  async run({ values, call, print }) {
    const board = await call('evidence.board', {
      q: str(values.query) ?? '',
      kind: kind(values.kind, false),
      groupBy: oneOf<BoardGroupBy>(values['group-by'], 'group-by', BOARD_GROUPS),
      sort: oneOf<BoardSort>(values.sort, 'sort', BOARD_SORTS),
      order: values.desc ? 'desc' : 'asc',
      limit: int(values.limit, 'limit') ?? 1000,
    });
    const series = await call('evidence.series', {});
    const checks = await call('evidence.checks', {});
    print({ board, series, checks }, () => boardTable(board) + seriesText(series) + checksText(checks));
  },
};

/** The unit after a value from formatValue, which already wrote a percentage as "60%". */
const unitAfter = (unit: string | undefined): string => (unit && unit !== 'percent' ? unit : '');

function suggestionLine(s: Suggestion): string {
  const q = s.evidence.quantities?.[0];
  const detail = [
    q ? `${q.bound ? `${q.bound} ` : ''}${formatValue(q.value, q.unit, q.valueMax)} ${unitAfter(q.unit)}${q.per ? ` per ${q.per}` : ''}`.trim() : '',
    ...s.evidence.quantities?.slice(1).map((x) => `= ${formatValue(x.value, x.unit)} ${unitAfter(x.unit)}`.trim()) ?? [],
    s.evidence.asOf ? `as of ${s.evidence.asOf}` : '',
    ...Object.entries(s.fields).map(([k, v]) => `${k}: ${v}`),
  ].filter(Boolean);
  return `${s.kind.padEnd(6)} ${s.id}  ${s.confidence.toFixed(2)}  [${s.start}–${s.end}] “${clip(s.text, 90)}”\n${detail.length ? `       ${detail.join(' · ')}\n` : ''}`;
}

const suggestCommand: Command = {
  name: 'suggest',
  usage: 'suggest ID... [--kind K] [--min-confidence X]',
  summary: 'Propose quotes, figures and claims in articles, with their parsed fields; accept one with accept-suggestion, or dismiss it.',
  options: { kind: { type: 'string' }, 'min-confidence': { type: 'string' } },
  check(positionals, values) {
    if (positionals.length === 0) throw new UsageError('give at least one article ID');
    kind(values.kind, false);
    const min = values['min-confidence'];
    if (min !== undefined && !(Number(min) >= 0 && Number(min) <= 1)) throw new UsageError('--min-confidence takes a number from 0 to 1');
  },
  async run({ positionals, values, call, print }) {
    const results = await call('evidence.suggest', {
      articleIds: positionals,
      kind: kind(values.kind, false),
      minConfidence: values['min-confidence'] !== undefined ? Number(values['min-confidence']) : undefined,
    });
    print(results, () =>
      results
        .map((r) => {
          const hidden = r.hidden.dismissed + r.hidden.highlighted ? ` (${r.hidden.highlighted} already highlighted, ${r.hidden.dismissed} dismissed)` : '';
          return `${r.title} — ${short(r.articleId)}: ${r.suggestions.length} suggestion(s)${hidden}\n${r.suggestions.map(suggestionLine).join('')}`;
        })
        .join('\n'),
    );
  },
};

const acceptCommand: Command = {
  name: 'accept-suggestion',
  usage: 'accept-suggestion ID SUGGESTION_ID [--tag T]... [--note TEXT]',
  summary: 'Highlight what a suggestion proposes, with its parsed fields.',
  options: { tag: { type: 'string', multiple: true }, note: { type: 'string' } },
  check: exactly(2, 'an article ID and a suggestion ID'),
  async run({ positionals, values, call, print }) {
    const h = await call('evidence.accept', { articleId: positionals[0]!, suggestionId: positionals[1]!, tags: list(values.tag), note: str(values.note) ?? '' });
    print(h, () => `Highlighted ${h.kind} ${h.id}: “${clip(h.target.quote.exact, 80)}”\n`);
  },
};

const dismissCommand: Command = {
  name: 'dismiss-suggestion',
  usage: 'dismiss-suggestion ID SUGGESTION_ID... [--undo]',
  summary: 'Stop proposing suggestions for an article (--undo brings them back).',
  options: { undo: { type: 'boolean' } },
  check(positionals) {
    if (positionals.length < 2) throw new UsageError('expected an article ID and at least one suggestion ID');
  },
  async run({ positionals, values, call, print }) {
    const r = await call('evidence.dismiss', { articleId: positionals[0]!, suggestionIds: positionals.slice(1), undo: Boolean(values.undo) });
    print(r, () => `${r.dismissed} suggestion(s) dismissed in that article.\n`);
  },
};

const linkCommand: Command = {
  name: 'link',
  usage: 'link CLAIM_ID EVIDENCE_ID (--supports | --contradicts)',
  summary: 'Link a highlight (of any article) to a claim as evidence for or against it.',
  options: { supports: { type: 'boolean' }, contradicts: { type: 'boolean' } },
  check(positionals, values) {
    exactly(2, 'a claim ID and an evidence highlight ID')(positionals);
    if (Boolean(values.supports) === Boolean(values.contradicts)) throw new UsageError('give either --supports or --contradicts');
  },
  async run({ positionals, values, call, print }) {
    const claim = await call('evidence.link', { claimId: positionals[0]!, evidenceId: positionals[1]!, relation: values.supports ? 'supports' : 'contradicts' });
    print(claim, () => linksText(claim.evidence?.links ?? []));
  },
};

const unlinkCommand: Command = {
  name: 'unlink',
  usage: 'unlink CLAIM_ID EVIDENCE_ID',
  summary: 'Remove an evidence link from a claim.',
  check: exactly(2, 'a claim ID and an evidence highlight ID'),
  async run({ positionals, call, print }) {
    const claim = await call('evidence.unlink', { claimId: positionals[0]!, evidenceId: positionals[1]! });
    print(claim, () => linksText(claim.evidence?.links ?? []));
  },
};

const linksText = (links: { highlightId: string; relation: string }[]): string =>
  links.length ? `The claim's evidence:\n${links.map((l) => `  ${l.relation.padEnd(11)} ${l.highlightId}\n`).join('')}` : 'The claim has no evidence linked.\n';

export const evidenceCommands: Command[] = [boardCommand, suggestCommand, acceptCommand, dismissCommand, linkCommand, unlinkCommand];
