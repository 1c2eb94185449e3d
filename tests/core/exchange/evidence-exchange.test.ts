import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';

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
});
