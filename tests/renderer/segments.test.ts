import { describe, expect, it } from 'vitest';
import type { Highlight, Kind } from '../../shared/model';
import { anchored, layoutBody, paragraphRanges } from '../../renderer/features/reader/segments';

const BODY = 'First paragraph here.\n\nSecond one, with a figure of 12 per cent.\n\nThird.';

function highlight(id: string, kind: Kind, start: number, end: number, body = BODY): Highlight {
  return {
    id,
    articleId: 'a',
    kind,
    tags: [],
    note: '',
    fields: {},
    author: 't',
    createdAt: '',
    updatedAt: '',
    updatedBy: 't',
    target: {
      position: { type: 'TextPositionSelector', start, end },
      quote: { type: 'TextQuoteSelector', exact: body.slice(start, end), prefix: '', suffix: '' },
    },
  };
}

/** The text of each segment, with the ids of the highlights over it. */
const describeLayout = (body: string, highlights: Highlight[], pending: { start: number; end: number } | null = null) =>
  layoutBody(body, undefined, highlights, pending).map((block) =>
    block.segments.map((s) => [body.slice(s.start, s.end), s.highlights.map((h) => h.id).join('+'), s.pending ? 'pending' : ''].filter(Boolean).join('|')),
  );

describe('paragraphRanges', () => {
  it.each([
    ['one', [[0, 3]]],
    ['one\n\ntwo', [[0, 3], [5, 8]]],
    ['one\n\n\n\ntwo\n', [[0, 3], [7, 11]]],
    ['one\ntwo', [[0, 7]]],
    ['\n\none', [[2, 5]]],
    ['', []],
  ])('splits %j at blank lines, keeping body offsets', (body, expected) => {
    expect(paragraphRanges(body).map((r) => [r.start, r.end])).toEqual(expected);
  });
});

describe('layoutBody', () => {
  it('leaves text without highlights as one segment per paragraph', () => {
    expect(describeLayout(BODY, [])).toEqual([['First paragraph here.'], ['Second one, with a figure of 12 per cent.'], ['Third.']]);
  });

  it('cuts nested highlights into layers, outermost first', () => {
    const second = BODY.indexOf('Second');
    const claim = highlight('c', 'claim', second, second + 'Second one, with a figure of 12 per cent'.length);
    const figure = highlight('f', 'figure', BODY.indexOf('12 per cent'), BODY.indexOf('12 per cent') + 11);
    expect(describeLayout(BODY, [figure, claim])[1]).toEqual(['Second one, with a figure of |c', '12 per cent|c+f', '.']);
  });

  it('splits a highlight that spans paragraphs into one segment per paragraph', () => {
    const h = highlight('q', 'quote', BODY.indexOf('here'), BODY.indexOf('Second') + 6);
    expect(describeLayout(BODY, [h]).slice(0, 2)).toEqual([['First paragraph ', 'here.|q'], ['Second|q', ' one, with a figure of 12 per cent.']]);
  });

  it('marks the pending selection as its own segments', () => {
    expect(describeLayout(BODY, [], { start: 6, end: 15 })[0]).toEqual(['First ', 'paragraph|pending', ' here.']);
  });

  it('draws nothing for a highlight whose text is not where it says', () => {
    const stale = highlight('s', 'claim', 0, 5, 'Other text entirely');
    expect(anchored(BODY, stale)).toBe(false);
    expect(describeLayout(BODY, [stale])[0]).toEqual(['First paragraph here.']);
  });

  it('draws an orphan only once it has been re-attached', () => {
    const h = highlight('o', 'quote', 0, 5);
    const carried = { confidence: 'orphaned' as const, score: 0, version: 1, previous: h.target, reviewed: false };
    // Its old offsets may still happen to hold the same words; unreviewed, it does not anchor.
    expect(anchored(BODY, { ...h, carried })).toBe(false);
    expect(anchored(BODY, { ...h, carried: { ...carried, reviewed: true } })).toBe(true);
  });

  it('uses the article’s blocks, with their layout and inline marks, when they describe the body', () => {
    const body = 'Heading\n\nSome bold words.';
    const blocks = [
      { role: 'heading' as const, text: 'Heading', level: 2, start: 0 },
      { role: 'body' as const, text: 'Some bold words.', start: 9, marks: [{ type: 'strong' as const, start: 5, end: 9 }] },
    ];
    const laidOut = layoutBody(body, blocks, [], null);
    expect(laidOut.map((b) => b.layout)).toEqual(['h3', 'p']);
    expect(laidOut[1]!.segments.map((s) => [body.slice(s.start, s.end), s.marks.map((m) => m.type).join()])).toEqual([
      ['Some ', ''],
      ['bold', 'strong'],
      [' words.', ''],
    ]);
  });

  it('falls back to paragraphs when the blocks do not match the body', () => {
    const laidOut = layoutBody('One\n\nTwo', [{ role: 'body', text: 'Not this', start: 0 }], [], null);
    expect(laidOut.map((b) => b.segments.length)).toEqual([1, 1]);
  });
});
