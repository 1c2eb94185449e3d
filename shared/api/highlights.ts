// Highlights (claims, figures, quotes), their review after new versions, and tags.
import { z } from 'zod';
import type { Highlight, TagCount } from '../model';
import { highlightSchema } from '../schemas';
import { articleId, evidence, evidencePatch, fields, highlightId, kind, NO_PARAMS, note, returns, selector, tag, tags } from './define';

export const highlightsApi = {
  'highlights.list': returns<Highlight[]>()(
    z.strictObject({ articleId: articleId.optional(), kind: kind.optional(), tag: tag.optional() }),
    'Highlights, filtered by article, kind or tag.',
  ),
  'highlights.create': returns<Highlight>()(
    z
      .strictObject({ articleId, kind, tags: tags.default([]), note: note.default(''), fields, evidence, ...selector })
      .refine(
        (p) => (p.quote !== undefined) !== (p.start !== undefined || p.end !== undefined),
        'give either quote (with an optional occurrence) or start and end',
      )
      .refine((p) => p.quote !== undefined || (p.start !== undefined && p.end !== undefined && p.end > p.start), 'end must be after start'),
    'Highlights a passage, found by offsets in the body or by its text. The text is checked against the body. `evidence` holds the typed data (figures, dates, claim status; see evidence.parse).',
  ),
  'highlights.update': returns<Highlight>()(
    z.strictObject({ id: highlightId, kind: kind.optional(), tags: tags.optional(), note: note.optional(), fields, evidence: evidencePatch }),
    'Changes the kind, tags, note, fields or evidence data of a highlight (evidence keys given replace the stored ones; null removes one).',
  ),
  'highlights.delete': returns<Highlight>()(
    z.strictObject({ id: highlightId }),
    'Deletes a highlight and returns it, so the UI can undo with highlights.restore.',
  ),
  'highlights.restore': returns<Highlight>()(
    z.strictObject({ highlight: highlightSchema }),
    'Puts back a deleted highlight exactly as it was (undo).',
  ),
  'highlights.review': returns<Highlight[]>()(
    NO_PARAMS,
    'Highlights carried to a new article version that need a look: fuzzy matches and orphans, not yet resolved.',
  ),
  'highlights.accept': returns<Highlight>()(
    z.strictObject({ id: highlightId }),
    'Accepts where a fuzzy match put a carried highlight (orphans must be re-attached or deleted).',
  ),
  'highlights.reattach': returns<Highlight>()(
    z
      .strictObject({ id: highlightId, ...selector })
      .refine((p) => (p.quote !== undefined) !== (p.start !== undefined || p.end !== undefined), 'give either quote or start and end'),
    "Anchors a highlight to another passage of its article's current text (resolving a review).",
  ),
  'tags.list': returns<TagCount[]>()(NO_PARAMS, 'Every tag in use, with how many highlights carry it.'),
};
