// Board, series and checks over the seed articles, with highlights created the way the editor does: parse the
// passage (evidence.parse), then create the highlight with what was read. Also prints what the suggester finds.
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../../shared/api';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { describeWithShared, SEEDS_DIR } from '../../helpers/shared-corpus';
import { closeAtEnd, tempDir } from '../../helpers/temp-dir';

describeWithShared('evidence over the seed articles', () => {
  let core: Core;
  const ids = new Map<string, string>(); // seed number (000…004) → article id
  const call = async <M extends Method>(method: M, params: Input<M>): Promise<Result<M>> => {
    const envelope = await core.dispatch(method, params);
    if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
    return envelope.value as Result<M>;
  };
  const figure = async (seed: string, quote: string) => {
    const articleId = ids.get(seed)!;
    const parsed = await call('evidence.parse', { articleId, quote, kind: 'figure' });
    return call('highlights.create', { articleId, quote, kind: 'figure', fields: parsed.fields, evidence: parsed.evidence });
  };

  beforeAll(async () => {
    core = closeAtEnd(await createCore({ dir: await tempDir(), author: 'tester' }));
    for (const r of await call('import.files', { paths: [SEEDS_DIR] })) ids.set(path.basename(r.file).slice(0, 3), r.articleId!);
    await figure('001', '6 million active Russian users');
    await figure('001', '2 million');
    await figure('004', '6 million active Russian users');
    await figure('004', '2 million');
    await figure('000', 'around 90 million users');
    await figure('000', 'over 100 million users'); // WhatsApp's: must stay out of Telegram's series
    await figure('004', 'some 35-40 million users'); // in Iran: another series
    await figure('000', '10.8 million rubles ($14,000)');
  });

  it('groups the "6 million active Russian users" of articles 001 and 004 as one figure reported twice', async () => {
    const { figureAgreements, figureConflicts } = await call('evidence.checks', {});
    const six = figureAgreements.find((a) => a.value === 6e6)!;
    expect(six).toMatchObject({ unit: 'users', asOf: '2017-01' });
    expect(six.members.map((m) => m.articleId).sort()).toEqual([ids.get('001'), ids.get('004')].sort());
    expect(figureAgreements.find((a) => a.value === 2e6)?.members).toHaveLength(2);
    expect(figureConflicts).toEqual([]);
  });

  it('draws the Telegram-users series: 2 million in early 2016, 6 million in January 2017, about 90 million in 2026', async () => {
    const series = await call('evidence.series', {});
    const telegram = series.find((s) => s.subject === 'Telegram' && s.unit === 'users' && s.points.some((p) => p.value === 9e7))!;
    const points = telegram.points.map((p) => [p.asOf?.slice(0, 4), p.value, p.dated]);
    expect(new Set(points.map((p) => JSON.stringify(p)))).toEqual(
      new Set([JSON.stringify(['2016', 2e6, 'text']), JSON.stringify(['2017', 6e6, 'text']), JSON.stringify(['2026', 9e7, 'article'])]),
    );
    // One point per source: two articles for each of the older values.
    expect(telegram.points).toHaveLength(5);
    expect(telegram.points.some((p) => p.value === 1e8 || p.value === 35e6)).toBe(false);
  });

  it('shows the figures on the board with their numbers, filtered numerically and grouped by series', async () => {
    const big = await call('evidence.board', { q: 'value:>5000000 unit:users', sort: 'value', order: 'desc' });
    expect(big.rows.map((r) => r.value)).toEqual([1e8, 9e7, 35e6, 6e6, 6e6]);
    expect(big.rows.find((r) => r.value === 6e6)).toMatchObject({ unit: 'users', measures: 'active Russian users', asOf: '2017-01', flags: ['agreement'] });
    const fine = await call('evidence.board', { q: 'rubles', kind: 'figure' });
    expect(fine.rows[0]!.quantities).toEqual([
      { value: 10_800_000, unit: 'RUB', scale: 'million', text: '10.8 million rubles' },
      { value: 14_000, unit: 'USD', text: '$14,000' },
    ]);
    const grouped = await call('evidence.board', { kind: 'figure', groupBy: 'series' });
    expect(grouped.groups!.at(-1)!.key).toBe('');
    expect(grouped.total).toBe(8);
  });

  it('runs the suggester over every seed and prints what it finds', async () => {
    const results = await call('evidence.suggest', { articleIds: [...ids.values()] });
    const lines: string[] = [];
    for (const r of results) {
      lines.push(`${r.title.slice(0, 70)} — ${r.suggestions.length} suggestion(s), ${r.hidden.highlighted} already highlighted`);
      for (const s of r.suggestions) lines.push(`  ${s.kind.padEnd(6)} ${s.confidence.toFixed(2)}  ${s.text.slice(0, 80)}  ${JSON.stringify(s.fields)}`);
    }
    console.log(lines.join('\n'));
    // Sanity only: every seed yields something, each range holds its text.
    for (const r of results) {
      expect(r.suggestions.length).toBeGreaterThan(0);
      const body = (await call('articles.get', { id: r.articleId })).body;
      for (const s of r.suggestions) expect(body.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
