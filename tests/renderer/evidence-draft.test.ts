import { describe, expect, it } from 'vitest';
import { blankKeys, draftOf, draftProblems, prefill, toChanges } from '../../renderer/features/evidence/editor/evidence-draft';

const SIX = { quantities: [{ value: 6e6, unit: 'users', scale: 'million', text: '6 million active Russian users' }], asOf: '2017-01', asOfText: 'as of January 2017' };

describe('the editor’s draft of a highlight’s structured fields', () => {
  it('reads stored evidence as text fields, and saves them back unchanged', () => {
    const draft = draftOf({ measures: 'active Russian users', subject: 'Telegram' }, SIX);
    expect(draft.quantities[0]).toEqual({ amount: '6 million', unit: 'users', bound: '', max: '', per: '', text: '6 million active Russian users' });
    expect(toChanges(draft, 'figure')).toEqual({
      fields: { measures: 'active Russian users', subject: 'Telegram' },
      evidence: { ...SIX, series: null },
    });
  });

  it('removes what the user emptied (null) and sends an emptied field as ""', () => {
    const draft = draftOf({ measures: 'users' }, SIX);
    draft.quantities = [{ amount: '', unit: '', bound: '', max: '', per: '' }];
    draft.asOf = '';
    draft.fields.measures = '';
    expect(toChanges(draft, 'figure')).toEqual({ fields: { measures: '', subject: '' }, evidence: { quantities: null, asOf: null, asOfText: null, series: null } });
  });

  it('reads a range, a bound, a rate and a percentage as typed', () => {
    const draft = draftOf({}, undefined);
    draft.quantities = [
      { amount: '35 million', unit: 'users', bound: 'approximate', max: '40m', per: '' },
      { amount: '60%', unit: '', bound: '', max: '', per: 'year' },
    ];
    expect(toChanges(draft, 'figure').evidence.quantities).toEqual([
      { value: 35e6, valueMax: 40e6, bound: 'approximate', unit: 'users', scale: 'million' },
      { value: 0.6, unit: 'percent', per: 'year' },
    ]);
  });

  it('says what is wrong before saving', () => {
    const draft = draftOf({}, undefined);
    draft.quantities = [{ amount: 'lots', unit: '', bound: '', max: '', per: '' }, { amount: '5', unit: '', bound: '', max: '4', per: '' }];
    draft.asOf = 'January 2017';
    expect(Object.keys(draftProblems(draft, 'figure')).sort()).toEqual(['amount-0', 'asOf', 'max-1']);
    expect(draftProblems(draft, 'quote')).toEqual({});
  });

  it('fills only the blanks from the parser, and says which', () => {
    const draft = draftOf({ speaker: 'the regulator' }, undefined);
    expect(blankKeys(draft, 'quote')).toEqual(['speakerRole', 'quoteType']);
    const { draft: next, filled } = prefill(draft, 'quote', { kind: 'quote', fields: { speaker: 'Roskomnadzor', speakerRole: 'regulator' }, evidence: { quoteType: 'direct' } });
    expect(next.fields.speaker).toBe('the regulator');
    expect(next.fields.speakerRole).toBe('regulator');
    expect(filled).toEqual(['speakerRole', 'quoteType']);
  });

  it('keeps a claim’s status, with unverified stored as none', () => {
    const draft = draftOf({}, { status: 'disputed' });
    expect(toChanges(draft, 'claim').evidence).toEqual({ status: 'disputed' });
    draft.status = 'unverified';
    expect(toChanges(draft, 'claim').evidence).toEqual({ status: null });
  });
});
