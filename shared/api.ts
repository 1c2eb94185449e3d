// THE contract between the UI and the notebook core: method name → validated params → result.
// Every transport (in-process for the CLI, Electron IPC, HTTP) dispatches through this table; a method that is
// not declared here does not exist, and params are parsed with these schemas before they reach the core.
import { z } from 'zod';
import type {
  Article,
  ArticleSummary,
  Highlight,
  ImportResult,
  NotebookStats,
  ReindexReport,
  SearchResult,
  TagCount,
  VersionDiff,
} from './model';
import { fieldsSchema, highlightSchema, kindSchema, tagSchema } from './schemas';

/** Declares a method: its result type (compile time only) and its params schema (checked at run time). */
const returns =
  <R>() =>
  <P extends z.ZodType>(params: P, doc: string) => ({ params, doc, result: undefined as unknown as R });

const NO_PARAMS = z.strictObject({});
/** An article id, or a unique prefix of one (at least 4 hex digits) as the CLI accepts. */
const articleId = z.string().regex(/^[0-9a-f][0-9a-f-]{3,35}$/, 'an article id is hex digits and dashes');
const highlightId = z.string().regex(/^[0-9a-f-]{8,36}$/, 'a highlight id is hex digits and dashes');
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const kind = kindSchema;
const tag = tagSchema;
const tags = z.array(tag).max(50);
const note = z.string().max(20_000);
const fields = fieldsSchema.optional();

const selector = {
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  quote: z.string().min(1).max(20_000).optional(),
  occurrence: z.number().int().min(1).max(100_000).optional(),
};

export const contract = {
  'notebook.stats': returns<NotebookStats>()(NO_PARAMS, 'Counts and index state of the open notebook.'),

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

  'import.files': returns<ImportResult[]>()(
    z.strictObject({ paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000), jobId: jobId.optional() }),
    'Imports files and folders (recursively) from disk. Progress arrives as job.progress events; jobs.cancel stops it.',
  ),
  'import.content': returns<ImportResult>()(
    z
      .strictObject({
        name: z.string().min(1).max(1024),
        text: z.string().max(50_000_000).optional(),
        dataBase64: z.string().max(70_000_000).optional(),
      })
      .refine((p) => (p.text === undefined) !== (p.dataBase64 === undefined), 'give either text or dataBase64'),
    'Imports one document sent by the UI (dropped file, pasted text).',
  ),

  'highlights.list': returns<Highlight[]>()(
    z.strictObject({ articleId: articleId.optional(), kind: kind.optional(), tag: tag.optional() }),
    'Highlights, filtered by article, kind or tag.',
  ),
  'highlights.create': returns<Highlight>()(
    z
      .strictObject({ articleId, kind, tags: tags.default([]), note: note.default(''), fields, ...selector })
      .refine(
        (p) => (p.quote !== undefined) !== (p.start !== undefined || p.end !== undefined),
        'give either quote (with an optional occurrence) or start and end',
      )
      .refine((p) => p.quote !== undefined || (p.start !== undefined && p.end !== undefined && p.end > p.start), 'end must be after start'),
    'Highlights a passage, found by offsets in the body or by its text. The text is checked against the body.',
  ),
  'highlights.update': returns<Highlight>()(
    z.strictObject({ id: highlightId, kind: kind.optional(), tags: tags.optional(), note: note.optional(), fields }),
    'Changes the kind, tags, note or fields of a highlight.',
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

  'search.query': returns<SearchResult>()(
    z.strictObject({
      q: z.string().max(2000),
      kind: kind.optional(),
      tag: tag.optional(),
      limit: z.number().int().min(1).max(1000).default(20),
      offset: z.number().int().min(0).default(0),
    }),
    'Full-text search in lunr syntax over articles and highlights; BAD_QUERY with a one-line reason on bad syntax.',
  ),
  'search.reindex': returns<ReindexReport>()(NO_PARAMS, 'Rebuilds the search index from the stored data.'),

  'jobs.cancel': returns<{ cancelled: boolean }>()(z.strictObject({ jobId }), 'Cancels a running long job.'),
};

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller sends. */
export type Input<M extends Method> = z.input<Contract[M]['params']>;
/** What a handler receives: validated, with defaults applied. */
export type Params<M extends Method> = z.output<Contract[M]['params']>;
export type Result<M extends Method> = Contract[M]['result'];

export const METHODS = Object.keys(contract) as Method[];
export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/** Pushes from the core to every client. */
export interface Events {
  'notebook.changed': { articles: boolean; highlights: boolean };
  'job.progress': { jobId: string; done: number; total: number; current: string };
}
export type EventName = keyof Events;

export const API_CHANNEL = 'sourcebook:api';
export const EVENT_CHANNEL = 'sourcebook:event';
