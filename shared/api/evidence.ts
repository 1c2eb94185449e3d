// Evidence work: the notebook-wide board of claims, figures and quotes, series of figures, cross-article checks,
// suggestions to accept or dismiss, claim links, and parsing a passage for the editor.
import { z } from 'zod';
import type { ArticleSuggestions, BoardResult, EvidenceChecks, ParsedPassage, Series } from '../evidence';
import { BOARD_GROUPS, BOARD_SORTS } from '../evidence';
import { CLAIM_STATUSES, EVIDENCE_RELATIONS } from '../model';
import type { Highlight } from '../model';
import { articleId, evidence, fields, highlightId, kind, note, returns, selector, tag, tags } from './define';

const suggestionId = z.string().regex(/^[0-9a-f]{16}$/, 'a suggestion id is 16 hex digits');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

/** The other end of an evidence link, with its article's title (for showing it without loading the article). */
export interface LinkedHighlight {
  highlight: Highlight;
  articleTitle: string;
}

/** For one article's highlights: what its claims link to, and which claims (anywhere) cite its highlights. */
export interface ArticleLinks {
  linked: LinkedHighlight[];
  citing: Record<string, { claim: LinkedHighlight; relation: 'supports' | 'contradicts' }[]>;
}

export const evidenceApi = {
  'evidence.links': returns<ArticleLinks>()(
    z.strictObject({ articleId }),
    "Both ends of the evidence links that touch an article's highlights, so the reader can show them without loading every highlight.",
  ),
  'evidence.board': returns<BoardResult>()(
    z.strictObject({
      /** Free words and field filters: value:>1000000 value:1e6..5e6 unit:users status:disputed speaker:"Ana Ruiz" kind: tag: source: series: asof:2017 */
      q: z.string().max(2000).default(''),
      kind: kind.optional(),
      articleId: articleId.optional(),
      tag: tag.optional(),
      status: z.enum(CLAIM_STATUSES).optional(),
      unit: z.string().max(80).optional(),
      /** Figures whose value (or range) reaches into [valueMin, valueMax]. */
      valueMin: z.number().optional(),
      valueMax: z.number().optional(),
      sort: z.enum(BOARD_SORTS).default('article'),
      order: z.enum(['asc', 'desc']).default('asc'),
      groupBy: z.enum(BOARD_GROUPS).optional(),
      limit: z.number().int().min(1).max(5000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    'Every claim, figure and quote as a row (source, date, speaker, status, value, unit, measures, series, check flags), filtered, sorted, grouped and paged in the core. BAD_QUERY on a bad q.',
  ),
  'evidence.series': returns<Series[]>()(
    z.strictObject({ minPoints: z.number().int().min(1).max(1000).default(2), id: z.string().max(400).optional() }),
    'Figures that measure the same thing, as value against the time they refer to (one point per article), largest series first.',
  ),
  'evidence.checks': returns<EvidenceChecks>()(
    z.strictObject({}),
    'Cross-article checks: the same figure in several articles, conflicting figures about the same thing and time, corroborated quotations, possible misquotes.',
  ),
  'evidence.suggest': returns<ArticleSuggestions[]>()(
    z
      .strictObject({
        articleId: articleId.optional(),
        articleIds: z.array(articleId).min(1).max(10_000).optional(),
        kind: kind.optional(),
        minConfidence: z.number().min(0).max(1).default(0),
      })
      .refine((p) => (p.articleId === undefined) !== (p.articleIds === undefined), 'give either articleId or articleIds'),
    'Candidate quotes, figures and claims with their exact range, parsed fields and a confidence; leaves out dismissed ones and passages highlighted already.',
  ),
  'evidence.accept': returns<Highlight>()(
    z.strictObject({ articleId, suggestionId, kind: kind.optional(), tags: tags.default([]), note: note.default(''), fields, evidence }),
    'Creates the highlight a suggestion proposes, with its parsed fields; fields and evidence given here replace the parsed ones key by key.',
  ),
  'evidence.dismiss': returns<{ dismissed: number }>()(
    z.strictObject({ articleId, suggestionIds: z.array(suggestionId).min(1).max(10_000), undo: z.boolean().default(false) }),
    'Remembers suggestions as dismissed so they are not proposed again (undo: true brings them back). Returns how many are dismissed in that article.',
  ),
  'evidence.link': returns<Highlight>()(
    z.strictObject({ claimId: highlightId, evidenceId: highlightId, relation: z.enum(EVIDENCE_RELATIONS) }),
    'Links a highlight of any article to a claim as evidence that supports or contradicts it (linking again switches the relation). Returns the claim.',
  ),
  'evidence.unlink': returns<Highlight>()(z.strictObject({ claimId: highlightId, evidenceId: highlightId }), 'Removes an evidence link from a claim. Returns the claim.'),
  'evidence.parse': returns<ParsedPassage>()(
    z
      .strictObject({
        text: z.string().min(1).max(20_000).optional(),
        /** For text: the date that "last year" is relative to. */
        date: isoDate.optional(),
        highlightId: highlightId.optional(),
        articleId: articleId.optional(),
        ...selector,
        kind: kind.optional(),
      })
      .refine((p) => [p.text !== undefined, p.highlightId !== undefined, p.articleId !== undefined].filter(Boolean).length === 1, 'give one of text, highlightId or articleId')
      .refine((p) => p.articleId === undefined || (p.quote !== undefined) !== (p.start !== undefined && p.end !== undefined), 'with articleId, give either quote or start and end'),
    'Reads a passage (bare text, an existing highlight, or a range of an article) as a figure, quote or claim and returns the fields and evidence data to prefill the editor with. Nothing is stored.',
  ),
};
