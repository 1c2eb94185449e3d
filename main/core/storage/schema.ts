// On-disk shapes of a notebook, checked on every read (a catalogue shard only when its seal does not match: see
// sealed-json.ts). Bump SCHEMA_VERSION and add a migration when they change.
import { z } from 'zod';
import { BLOCK_ROLES } from '../../../shared/model';
import type { ArticleMeta, ArticleVersion, Block } from '../../../shared/model';
import { highlightSchema } from '../../../shared/schemas';

export { highlightSchema };

export const SCHEMA_VERSION = 1;

export const notebookFileSchema = z.object({
  format: z.literal('sourcebook-notebook'),
  schemaVersion: z.number().int().min(1),
  id: z.string(),
  createdAt: z.string(),
});
export type NotebookFile = z.infer<typeof notebookFileSchema>;

const nullableString = z.string().nullable();

const versionSchema: z.ZodType<ArticleVersion> = z.object({
  contentHash: z.string(),
  sourceHash: z.string(),
  bodyHash: z.string(),
  importedAt: z.string(),
  fileName: nullableString,
  words: z.number(),
});

export const articleMetaSchema: z.ZodType<ArticleMeta> = z.object({
  id: z.string(),
  title: z.string(),
  source: nullableString,
  author: nullableString,
  date: nullableString,
  dateText: nullableString,
  url: nullableString,
  lang: nullableString,
  dir: z.enum(['ltr', 'rtl']).nullable(),
  excerpt: nullableString,
  format: z.string(),
  fileName: nullableString,
  importedAt: z.string(),
  contentHash: z.string(),
  sourceHash: z.string(),
  bodyHash: z.string(),
  words: z.number(),
  includeRemoved: z.boolean(),
  warnings: z.array(z.string()),
  versions: z.array(versionSchema).min(1),
});

/**
 * What is left of a deleted highlight, so that exchanging notebooks can carry the deletion to others instead of
 * bringing the highlight back. `revision` is the `updatedAt` of the state that was deleted: a deletion removes
 * that state (or an older one) elsewhere, never a later edit.
 */
export const tombstoneSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  revision: z.string(),
  deletedAt: z.string(),
});
export type Tombstone = z.infer<typeof tombstoneSchema>;

/** One shard of the catalogue: the articles whose id starts with the shard key, and their highlights. */
export const shardSchema = z.object({
  schemaVersion: z.number().int(),
  rev: z.number().int().min(0),
  articles: z.record(z.string(), articleMetaSchema),
  highlights: z.record(z.string(), highlightSchema),
  /** Optional so shards written before tombstones existed read as they are. */
  tombstones: z.record(z.string(), tombstoneSchema).optional(),
});
export type Shard = z.infer<typeof shardSchema>;

export const emptyShard = (): Shard => ({ schemaVersion: SCHEMA_VERSION, rev: 0, articles: {}, highlights: {} });

const markSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  type: z.enum(['strong', 'em', 'code', 'link']),
  href: z.string().optional(),
});

export const blockSchema: z.ZodType<Block> = z.object({
  role: z.enum(BLOCK_ROLES),
  text: z.string(),
  level: z.number().int().min(1).max(6).optional(),
  style: z.enum(['list-item', 'quote', 'code', 'caption']).optional(),
  page: z.number().int().min(1).optional(),
  marks: z.array(markSchema).optional(),
});

/** An article's stored content: its blocks and, for HTML sources, the sanitised article HTML. */
export interface StoredContent {
  blocks: Block[];
  html?: string;
}

export const contentSchema: z.ZodType<StoredContent> = z.object({
  blocks: z.array(blockSchema),
  html: z.string().optional(),
});

/** A commit that spans several shards lists its pending renames here, so it can be finished after a crash. */
export const journalSchema = z.object({
  renames: z.array(z.object({ file: z.string().regex(/^[0-9a-f]{2}\.json$/), tmp: z.string().regex(/^[0-9a-f]{2}\.json\.[0-9a-f]{8}\.tmp$/) })),
});
