import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../helpers/core';

const V1 = `Island Ferry Trial Approved

The harbour council approved a ferry route on Monday, ending a decade of debate.

Unemployment on the islands fell to twelve percent last year, the statistics office said.

The trial will cost 2.4 million euros a year, according to the council.`;

// The outlet's update: a paragraph added, the unemployment sentence rewritten, a figure corrected.
const V2 = `Island Ferry Trial Approved

The harbour council approved a ferry route on Monday, ending a decade of debate.

Opposition councillors said they would ask for a review of the budget in the autumn.

Youth unemployment in the capital stayed at twelve percent, officials said.

The trial will cost 2.6 million euros a year, according to the council.`;

const setup = () => openTestCore({ author: 'ann' });

describe('a new version of an article', () => {
  it('keeps both versions, carries highlights with a confidence, and lists the doubtful ones for review', async () => {
    const { call } = await setup();
    const { articleId } = await call('import.content', { name: 'ferry.txt', text: V1 });
    const kept = await call('highlights.create', { articleId: articleId!, quote: 'approved a ferry route on Monday', kind: 'claim' });
    const figure = await call('highlights.create', { articleId: articleId!, quote: 'twelve percent', kind: 'figure' });
    const cost = await call('highlights.create', { articleId: articleId!, quote: '2.4 million euros a year', kind: 'figure' });

    const update = await call('import.content', { name: 'ferry.txt', text: V2 });
    expect(update).toMatchObject({ status: 'updated', articleId, carried: { exact: 1, moved: 0, fuzzy: 1, orphaned: 1 } });

    const article = await call('articles.get', { id: articleId! });
    expect(article.versions).toHaveLength(2);
    expect(article.body).toContain('Opposition councillors');
    const byId = new Map(article.highlights.map((h) => [h.id, h]));
    expect(byId.get(kept.id)!.carried).toMatchObject({ confidence: 'exact', reviewed: true, version: 1 });
    // The figure's sentence is gone: it must not jump to the other "twelve percent".
    expect(byId.get(figure.id)!.carried).toMatchObject({ confidence: 'orphaned', reviewed: false });
    expect(byId.get(figure.id)!.target).toEqual(figure.target);
    expect(byId.get(cost.id)!.carried).toMatchObject({ confidence: 'fuzzy', reviewed: false });
    expect(byId.get(cost.id)!.target.quote.exact).toBe('2.6 million euros a year');

    const review = await call('highlights.review', {});
    expect(review.map((h) => h.id).sort()).toEqual([figure.id, cost.id].sort());

    // Resolve: accept the fuzzy one, re-attach the orphan by hand.
    await call('highlights.accept', { id: cost.id });
    await expect(call('highlights.accept', { id: figure.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const reattached = await call('highlights.reattach', { id: figure.id, quote: 'twelve percent' });
    expect(article.body.slice(reattached.target.position.start, reattached.target.position.end)).toBe('twelve percent');
    expect(await call('highlights.review', {})).toEqual([]);
  });

  it('shows what changed between versions', async () => {
    const { call } = await setup();
    const { articleId } = await call('import.content', { name: 'ferry.txt', text: V1 });
    await call('import.content', { name: 'ferry.txt', text: V2 });
    const diff = await call('articles.diff', { id: articleId! });
    expect(diff).toMatchObject({ from: 0, to: 1 });
    expect(diff.changes.filter((c) => c.type === 'added').map((c) => c.text).join('')).toContain('Opposition');
    expect(diff.changes.filter((c) => c.type === 'removed').map((c) => c.text).join(' ')).toContain('Unemployment');
    const before = diff.changes.filter((c) => c.type !== 'added').map((c) => c.text).join('');
    const after = diff.changes.filter((c) => c.type !== 'removed').map((c) => c.text).join('');
    expect(after).toBe((await call('articles.get', { id: articleId! })).body);
    expect(before).toContain('Unemployment on the islands');
    await expect(call('articles.diff', { id: articleId!, to: 5 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('treats a different article with the same file name but another title as new', async () => {
    const { call } = await setup();
    await call('import.content', { name: 'notes.txt', text: V1 });
    const other = await call('import.content', { name: 'notes.txt', text: V2.replace('Island Ferry Trial Approved', 'Council Budget Debate') });
    expect(other.status).toBe('imported');
  });
});

describe('undoing the deletion of an orphan', () => {
  it('brings it back as the orphan it was, still awaiting review', async () => {
    const { call } = await setup();
    const { articleId } = await call('import.content', { name: 'ferry.txt', text: V1 });
    const figure = await call('highlights.create', { articleId: articleId!, quote: 'twelve percent', kind: 'figure' });
    await call('import.content', { name: 'ferry.txt', text: V2 });
    const deleted = await call('highlights.delete', { id: figure.id });
    expect(deleted.carried?.confidence).toBe('orphaned');
    await call('highlights.restore', { highlight: deleted });
    expect((await call('highlights.review', {})).map((h) => h.id)).toEqual([figure.id]);
  });
});
