// Suggestions accepted and dismissed, claim links and status, evidence data through highlights.create/update,
// misquotes and corroborated quotes across articles — through the API, on small articles written here.
import { describe, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../../shared/api';
import { highlightSchema } from '../../../shared/schemas';
import { createCore } from '../../../main/core/index';
import { closeAtEnd, tempDir } from '../../helpers/temp-dir';

const FERRY = 'Ferry Trial Begins\n\nThe harbour council approved a ferry route on Monday. "This is a good day for everyone who commutes," said councillor Ana Ruiz. The trial costs 2.4 million euros a year.\n\nOpposition members accused the council of ignoring a study.';
const ECHO = 'Ferry Row\n\nCouncillor Ana Ruiz called it "a good day for everyone who commutes." Critics said the trial costs 3 million euros a year, not 2.4 million.\n\n"This is a great day for everyone who commutes," she said, according to the Gazette.';

async function setup() {
  const dir = await tempDir();
  const core = closeAtEnd(await createCore({ dir, author: 'ann', now: () => new Date('2026-03-01T10:00:00Z') }));
  const call = async <M extends Method>(method: M, params: Input<M>): Promise<Result<M>> => {
    const envelope = await core.dispatch(method, params);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
    return envelope.value as Result<M>;
  };
  const ferry = (await call('import.content', { name: 'ferry.txt', text: FERRY })).articleId!;
  const echo = (await call('import.content', { name: 'echo.txt', text: ECHO })).articleId!;
  return { dir, core, call, ferry, echo };
}

describe('evidence API', () => {
  it('accepts a suggestion as a highlight with its parsed fields, and does not propose it again', async () => {
    const { call, ferry } = await setup();
    const [before] = await call('evidence.suggest', { articleId: ferry });
    expect(before!.suggestions.map((s) => s.kind).sort()).toEqual(['claim', 'figure', 'quote']);
    const figure = before!.suggestions.find((s) => s.kind === 'figure')!;
    const h = await call('evidence.accept', { articleId: ferry, suggestionId: figure.id, tags: ['cost'] });
    expect(h).toMatchObject({ kind: 'figure', tags: ['cost'], target: { quote: { exact: '2.4 million euros a year' } } });
    expect(h.evidence).toEqual({ quantities: [{ value: 2_400_000, unit: 'EUR', scale: 'million', per: 'year', text: '2.4 million euros a year' }] });
    const [after] = await call('evidence.suggest', { articleId: ferry });
    expect(after!.suggestions.some((s) => s.id === figure.id)).toBe(false);
    expect(after!.hidden.highlighted).toBe(1);
    // The user's edits win over the parsed values.
    const quote = after!.suggestions.find((s) => s.kind === 'quote')!;
    const q = await call('evidence.accept', { articleId: ferry, suggestionId: quote.id, fields: { speakerRole: 'harbour councillor' } });
    expect(q.fields).toEqual({ speaker: 'Ana Ruiz', speakerRole: 'harbour councillor' });
    expect(q.evidence).toEqual({ quoteType: 'direct' });
  });

  it('remembers dismissed suggestions across reopening, and undoes a dismissal', async () => {
    const { dir, call, core, ferry } = await setup();
    const [first] = await call('evidence.suggest', { articleId: ferry, kind: 'claim' });
    const claim = first!.suggestions[0]!;
    expect(await call('evidence.dismiss', { articleId: ferry, suggestionIds: [claim.id] })).toEqual({ dismissed: 1 });
    await core.close();
    const reopened = closeAtEnd(await createCore({ dir, author: 'ann' }));
    const suggestClaims = async (): Promise<Result<'evidence.suggest'>> => {
      const envelope = await reopened.dispatch('evidence.suggest', { articleId: ferry, kind: 'claim' });
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as Result<'evidence.suggest'>;
    };
    const [again] = await suggestClaims();
    expect(again!.suggestions.some((s) => s.id === claim.id)).toBe(false);
    expect(again!.hidden.dismissed).toBe(1);
    await reopened.dispatch('evidence.dismiss', { articleId: ferry, suggestionIds: [claim.id], undo: true });
    const [back] = await suggestClaims();
    expect(back!.suggestions.some((s) => s.id === claim.id)).toBe(true);
    await expect(call('evidence.accept', { articleId: ferry, suggestionId: '0123456789abcdef' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('links evidence to a claim across articles, switches and removes the relation, and counts it on the board', async () => {
    const { call, ferry, echo } = await setup();
    const claim = await call('highlights.create', { articleId: ferry, quote: 'The trial costs 2.4 million euros a year.', kind: 'claim', evidence: { status: 'disputed' } });
    const against = await call('highlights.create', { articleId: echo, quote: 'the trial costs 3 million euros a year', kind: 'claim' });
    const figure = await call('highlights.create', { articleId: ferry, quote: '2.4 million euros a year', kind: 'figure' });
    await call('evidence.link', { claimId: claim.id, evidenceId: against.id, relation: 'contradicts' });
    await call('evidence.link', { claimId: claim.id, evidenceId: figure.id, relation: 'contradicts' });
    const linked = await call('evidence.link', { claimId: claim.id, evidenceId: figure.id, relation: 'supports' });
    expect(linked.evidence).toEqual({ status: 'disputed', links: [{ highlightId: against.id, relation: 'contradicts' }, { highlightId: figure.id, relation: 'supports' }] });
    expect(linked.history?.at(-1)?.evidence?.links).toHaveLength(2);
    const row = (await call('evidence.board', { q: 'status:disputed' })).rows;
    expect(row).toMatchObject([{ highlightId: claim.id, status: 'disputed', supports: 1, contradicts: 1 }]);
    // A deleted piece of evidence no longer counts.
    await call('highlights.delete', { id: against.id });
    expect((await call('evidence.board', { q: 'status:disputed' })).rows[0]).toMatchObject({ supports: 1, contradicts: 0 });
    const unlinked = await call('evidence.unlink', { claimId: claim.id, evidenceId: figure.id });
    expect(unlinked.evidence?.links).toEqual([{ highlightId: against.id, relation: 'contradicts' }]);
    await expect(call('evidence.link', { claimId: figure.id, evidenceId: claim.id, relation: 'supports' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(call('evidence.link', { claimId: claim.id, evidenceId: claim.id, relation: 'supports' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(call('evidence.unlink', { claimId: claim.id, evidenceId: figure.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives an article both ends of the links that touch it, without the rest of the notebook', async () => {
    const { call, ferry, echo } = await setup();
    const claim = await call('highlights.create', { articleId: ferry, quote: 'The trial costs 2.4 million euros a year.', kind: 'claim' });
    const elsewhere = await call('highlights.create', { articleId: echo, quote: 'the trial costs 3 million euros a year', kind: 'claim' });
    await call('highlights.create', { articleId: echo, quote: '3 million euros', kind: 'figure' }); // unrelated
    await call('evidence.link', { claimId: elsewhere.id, evidenceId: claim.id, relation: 'contradicts' });
    await call('evidence.link', { claimId: claim.id, evidenceId: elsewhere.id, relation: 'contradicts' });
    const links = await call('evidence.links', { articleId: ferry });
    expect(links.linked.map((l) => l.highlight.id)).toEqual([elsewhere.id]);
    expect(links.linked[0]!.articleTitle).not.toBe('');
    expect(links.citing).toEqual({ [claim.id]: [{ claim: expect.objectContaining({ highlight: expect.objectContaining({ id: elsewhere.id }) }), relation: 'contradicts' }] });
  });

  it('stores evidence data through create and update (null removes a key), and old highlights without it still validate', async () => {
    const { call, ferry } = await setup();
    const h = await call('highlights.create', {
      articleId: ferry,
      quote: '2.4 million euros a year',
      kind: 'figure',
      fields: { measures: 'trial cost', subject: 'harbour council' },
      evidence: { quantities: [{ value: 2.4e6, unit: 'EUR', per: 'year' }], asOf: '2026', series: 'ferry cost' },
    });
    const edited = await call('highlights.update', { id: h.id, evidence: { asOf: null, asOfText: 'this year' } });
    expect(edited.evidence).toEqual({ quantities: [{ value: 2.4e6, unit: 'EUR', per: 'year' }], series: 'ferry cost', asOfText: 'this year' });
    const cleared = await call('highlights.update', { id: h.id, evidence: { quantities: null, series: null, asOfText: null } });
    expect('evidence' in cleared).toBe(false);
    const { evidence: _none, ...legacy } = cleared;
    expect(highlightSchema.safeParse(legacy).success).toBe(true);
    await expect(call('highlights.create', { articleId: ferry, quote: 'ferry', kind: 'figure', evidence: { asOf: '2026-13' } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(call('highlights.create', { articleId: ferry, quote: 'ferry', kind: 'figure', evidence: { quantities: [{ value: 5, valueMax: 1 }] } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('parses a passage for the editor: bare text, a range of an article, an existing highlight', async () => {
    const { call, ferry } = await setup();
    expect(await call('evidence.parse', { text: 'Telegram had 6 million active Russian users as of January 2017.' })).toEqual({
      kind: 'figure',
      fields: { measures: 'active Russian users', subject: 'Telegram' },
      evidence: { quantities: [{ value: 6e6, unit: 'users', scale: 'million', text: '6 million active Russian users' }], asOf: '2017-01', asOfText: 'as of January 2017' },
    });
    expect(await call('evidence.parse', { articleId: ferry, quote: '"This is a good day for everyone who commutes,"' })).toEqual({
      kind: 'quote',
      fields: { speaker: 'Ana Ruiz', speakerRole: 'councillor' },
      evidence: { quoteType: 'direct' },
    });
    const claim = await call('highlights.create', { articleId: ferry, quote: 'Opposition members accused the council of ignoring a study.', kind: 'claim' });
    expect(await call('evidence.parse', { highlightId: claim.id })).toMatchObject({ kind: 'claim', fields: { claimant: 'Opposition members' } });
    await expect(call('evidence.parse', { articleId: ferry })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('flags a near-identical but altered quotation as a possible misquote, and a shared one as corroborated', async () => {
    const { call, ferry, echo } = await setup();
    const original = await call('highlights.create', { articleId: ferry, quote: '"This is a good day for everyone who commutes,"', kind: 'quote', fields: { speaker: 'Ana Ruiz' } });
    const partial = await call('highlights.create', { articleId: echo, quote: '"a good day for everyone who commutes."', kind: 'quote' });
    const altered = await call('highlights.create', { articleId: echo, quote: '"This is a great day for everyone who commutes,"', kind: 'quote' });
    const checks = await call('evidence.checks', {});
    expect(checks.corroboratedQuotes).toHaveLength(1);
    expect(checks.corroboratedQuotes[0]!.members.map((m) => m.highlightId).sort()).toEqual([original.id, partial.id].sort());
    expect(checks.corroboratedQuotes[0]!.speaker).toBe('Ana Ruiz');
    const misquote = checks.possibleMisquotes.find((m) => m.members.some((x) => x.highlightId === altered.id))!;
    expect(misquote.similarity).toBeGreaterThanOrEqual(0.75);
    expect(misquote.changes.filter((c) => c.type !== 'same').map((c) => c.text.trim()).sort()).toEqual(['good', 'great']);
    const rows = (await call('evidence.board', { kind: 'quote' })).rows;
    expect(rows.find((r) => r.highlightId === altered.id)!.flags).toContain('possible-misquote');
    expect(rows.find((r) => r.highlightId === partial.id)!.flags).toContain('corroborated');
  });

  it('flags figures about the same thing at the same time that disagree', async () => {
    const { call, ferry, echo } = await setup();
    const cost = { fields: { measures: 'ferry trial cost' }, kind: 'figure' as const };
    await call('highlights.create', { ...cost, articleId: ferry, quote: '2.4 million euros a year', evidence: { quantities: [{ value: 2.4e6, unit: 'EUR', scale: 'million', text: '2.4 million' }], asOf: '2026' } });
    await call('highlights.create', { ...cost, articleId: echo, quote: '3 million euros a year', evidence: { quantities: [{ value: 3e6, unit: 'EUR', scale: 'million', text: '3 million' }], asOf: '2026' } });
    const { figureConflicts } = await call('evidence.checks', {});
    expect(figureConflicts).toHaveLength(1);
    expect(figureConflicts[0]!.members.map((m) => m.value).sort()).toEqual([2.4e6, 3e6]);
  });
});
