import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { catalogState, openNotebook } from './helpers';
import type { TestNotebook } from './helpers';

const TEXT = 'Telegram Growth in Russia\n\nTelegram had 6 million active Russian users as of January 2017, the company said. Critics claimed the figure was inflated.';

describe('structured evidence in the open formats', () => {
  it('travels through W3C (read back exactly), CSV columns and REFI-QDA descriptions', async () => {
    const call = (await openTestCore({ author: 'ann' })).call;
    const { articleId } = await call('import.content', { name: 't.txt', text: TEXT });
    const figure = await call('highlights.create', {
      articleId: articleId!,
      quote: '6 million active Russian users',
      kind: 'figure',
      fields: { measures: 'active Russian users', subject: 'Telegram' },
      evidence: { quantities: [{ value: 6_000_000, unit: 'users', scale: 'million', text: '6 million' }], asOf: '2017-01', asOfText: 'as of January 2017' },
    });
    const claim = await call('highlights.create', {
      articleId: articleId!,
      quote: 'the figure was inflated',
      kind: 'claim',
      evidence: { status: 'disputed', links: [{ highlightId: figure.id, relation: 'contradicts' }] },
    });
    const out = await tempDir();
    await call('exchange.export', { format: 'w3c', path: path.join(out, 'a.jsonld') });
    await call('exchange.export', { format: 'csv', path: path.join(out, 'a.csv') });
    await call('exchange.export', { format: 'qdpx', path: path.join(out, 'a.qdpx') });

    const csv = readFileSync(path.join(out, 'a.csv'), 'utf8');
    expect(csv).toContain(',Telegram,6000000,,users,2017-01,,');
    expect(csv).toContain(',disputed,');

    // Another notebook with the same article reads the annotations back with their evidence intact.
    const other = (await openTestCore({ author: 'bob' })).call;
    await other('import.content', { name: 't.txt', text: TEXT });
    const placed = await other('exchange.importAnnotations', { path: path.join(out, 'a.jsonld') });
    expect(placed).toMatchObject({ notPlaced: [] });
    const back = await other('highlights.list', {});
    expect(back.find((h) => h.id === figure.id)).toMatchObject({ evidence: figure.evidence, fields: figure.fields });
    expect(back.find((h) => h.id === claim.id)?.evidence).toEqual(claim.evidence);
  });

  it('travels in bundles: evidence arrives as it is, edits of it on both sides converge, the older state stays in the history', async () => {
    const ana = await openNotebook('ana');
    const ben = await openNotebook('ben');
    const articleId = await ana.importText('t.txt', TEXT);
    const figure = await ana.call('highlights.create', {
      articleId,
      quote: '6 million active Russian users',
      kind: 'figure',
      fields: { measures: 'active Russian users', subject: 'Telegram' },
      evidence: { quantities: [{ value: 6_000_000, unit: 'users', scale: 'million', text: '6 million' }], asOf: '2017-01', asOfText: 'as of January 2017', series: 'Telegram users' },
    });
    const quote = await ana.call('highlights.create', { articleId, quote: 'the company said', kind: 'quote', evidence: { quoteType: 'paraphrase' } });
    const claim = await ana.call('highlights.create', {
      articleId,
      quote: 'the figure was inflated',
      kind: 'claim',
      fields: { claimant: 'Critics' },
      evidence: { status: 'disputed', links: [{ highlightId: figure.id, relation: 'contradicts' }] },
    });
    const exchange = async (from: TestNotebook, to: TestNotebook) => {
      const file = path.join(await tempDir(), 'week.sourcebook');
      await from.call('exchange.export', { format: 'bundle', path: file });
      return to.call('exchange.merge', { path: file });
    };

    await exchange(ana, ben);
    const arrived = await ben.call('highlights.list', { articleId });
    for (const h of [figure, quote, claim]) expect(arrived.find((a) => a.id === h.id)).toMatchObject({ evidence: h.evidence, fields: h.fields, author: 'ana' });
    expect((await ben.call('evidence.checks', {})).figureAgreements).toEqual([]);
    expect((await ben.call('evidence.board', { q: 'status:disputed' })).rows.map((r) => r.highlightId)).toEqual([claim.id]);

    // Ben corrects the figure's date, Ana settles the claim; both exchange, twice.
    await ben.call('highlights.update', { id: figure.id, evidence: { asOf: '2017-02', asOfText: null } });
    await ana.call('highlights.update', { id: claim.id, evidence: { status: 'false' } });
    for (let round = 0; round < 2; round++) {
      await exchange(ben, ana);
      await exchange(ana, ben);
    }
    expect(catalogState(ana).highlights).toEqual(catalogState(ben).highlights);
    const final = await ana.call('highlights.list', { articleId });
    const fig = final.find((h) => h.id === figure.id)!;
    expect(fig.evidence).toEqual({ ...figure.evidence, asOf: '2017-02', asOfText: undefined });
    expect(fig.history?.map((r) => r.evidence)).toContainEqual(figure.evidence);
    expect(final.find((h) => h.id === claim.id)?.evidence).toEqual({ status: 'false', links: [{ highlightId: figure.id, relation: 'contradicts' }] });
  });
});
