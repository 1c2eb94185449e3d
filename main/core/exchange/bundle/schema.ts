// The .sourcebook bundle, version 1 (see SCHEMA.md beside this file). Stricter than the notebook's own files:
// a bundle comes from elsewhere, so every field has a type, a length limit and no unknown keys.
import { z } from 'zod';
import { highlightSchema } from '../../../../shared/schemas';
import { LIMITS } from '../limits';

export const BUNDLE_FORMAT = 'sourcebook-bundle';
export const BUNDLE_SCHEMA_VERSION = 1;
export const BUNDLE_EXTENSION = '.sourcebook';

export const MANIFEST_ENTRY = 'manifest.json';
export const CATALOG_ENTRY = 'catalog.json';
export const contentEntry = (hash: string): string => `content/${hash}.json`;
const CONTENT_ENTRY = /^content\/([0-9a-f]{64})\.json$/;
export const contentHashOfEntry = (name: string): string | undefined => CONTENT_ENTRY.exec(name)?.[1];
export const isBundleEntry = (name: string): boolean => name === MANIFEST_ENTRY || name === CATALOG_ENTRY || CONTENT_ENTRY.test(name);

const hash = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in hex');
const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'a GUID');
const time = z.string().max(40);
const text = (max: number) => z.string().max(max);
const nullable = (max: number) => z.string().max(max).nullable();

/** Enough of the manifest to tell whether this version can read the rest. */
export const manifestHeadSchema = z.object({ format: z.literal(BUNDLE_FORMAT), schemaVersion: z.number().int().min(1) });

export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  createdAt: time,
  createdBy: text(200),
  generator: text(200),
  selection: z.strictObject({ tag: text(80).optional(), kind: text(20).optional(), articleIds: z.array(guid).max(LIMITS.articles).optional() }),
  counts: z.strictObject({
    articles: z.number().int().min(0),
    highlights: z.number().int().min(0),
    tombstones: z.number().int().min(0),
    contents: z.number().int().min(0),
  }),
});
export type Manifest = z.infer<typeof manifestSchema>;

const versionSchema = z.strictObject({
  contentHash: hash,
  sourceHash: hash,
  bodyHash: hash,
  importedAt: time,
  fileName: nullable(1024),
  words: z.number().int().min(0),
});

export const bundleArticleSchema = z.strictObject({
  id: guid,
  title: text(2000),
  source: nullable(500),
  author: nullable(1000),
  date: nullable(40),
  dateText: nullable(200),
  url: nullable(4096),
  lang: nullable(35),
  dir: z.enum(['ltr', 'rtl']).nullable(),
  excerpt: nullable(5000),
  format: text(40),
  fileName: nullable(1024),
  importedAt: time,
  contentHash: hash,
  sourceHash: hash,
  bodyHash: hash,
  words: z.number().int().min(0),
  includeRemoved: z.boolean(),
  warnings: z.array(text(500)).max(100),
  versions: z.array(versionSchema).min(1).max(1000),
});

export const tombstoneSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f-]{8,36}$/),
  articleId: guid,
  revision: time,
  deletedAt: time,
});

export const bundleCatalogSchema = z.strictObject({
  articles: z.array(bundleArticleSchema).max(LIMITS.articles),
  highlights: z.array(highlightSchema).max(LIMITS.highlights),
  tombstones: z.array(tombstoneSchema).max(LIMITS.tombstones),
});
export type BundleCatalog = z.infer<typeof bundleCatalogSchema>;
