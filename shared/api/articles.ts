// Articles: listing, reading, deleting, versions, removed parts.
import { z } from 'zod';
import type { Article, ArticleSummary, VersionDiff } from '../model';
import { articleId, NO_PARAMS, returns } from './define';

export const articlesApi = {
  'articles.list': returns<ArticleSummary[]>()(NO_PARAMS, 'Every article, newest import first.'),
  'articles.get': returns<Article>()(z.strictObject({ id: articleId }), 'One article with its body and highlights.'),
  'articles.delete': returns<{ id: string; highlights: number }>()(
    z.strictObject({ id: articleId }),
    'Deletes an article and its highlights.',
  ),
  'articles.setIncludeRemoved': returns<Article>()(
    z.strictObject({ id: articleId, include: z.boolean() }),
    'Puts the parts removed at import (boilerplate, credits…) back into the body, or removes them again; highlights move with the text.',
  ),
  'articles.diff': returns<VersionDiff>()(
    z.strictObject({ id: articleId, from: z.number().int().min(0).optional(), to: z.number().int().min(0).optional() }),
    'What changed between two versions of an article (default: the previous and the current one), word by word.',
  ),
};
