import type { z } from 'zod';
import type { ArticleMeta, Block, Highlight } from '../../../../shared/model';
import { composeBody } from '../../articles/body';
import { anchorsIn } from '../../highlights/anchor';
import { contentSchema } from '../../storage/schema';
import { sha256 } from '../../storage/content-store';
import type { Tombstone } from '../../storage/catalog';
import { guidFromHash } from '../../import/import-service';
import { ExchangeError } from '../limits';
import { decodeUtf8, parseUntrustedJson } from '../safe-json';
import { readZip } from '../zip';
import { BUNDLE_SCHEMA_VERSION, bundleCatalogSchema, CATALOG_ENTRY, contentHashOfEntry, isBundleEntry, MANIFEST_ENTRY, manifestHeadSchema, manifestSchema } from './schema';
import type { Manifest } from './schema';

/** A bundle that passed every check: safe to merge. */
export interface Bundle {
  manifest: Manifest;
  articles: ArticleMeta[];
  highlights: Highlight[];
  tombstones: Tombstone[];
  /** Content file bytes by their hash, and their parsed blocks. */
  contents: Map<string, { bytes: Uint8Array; blocks: Block[] }>;
}

/** Reads and checks a bundle completely (see SCHEMA.md); throws ExchangeError with one line on the first problem. */
export function readBundle(bytes: Uint8Array): Bundle {
  const entries = readZip(bytes, 'the bundle', isBundleEntry);
  const manifest = readManifest(entries);
  const catalog = parseWith(bundleCatalogSchema, json(entries, CATALOG_ENTRY), CATALOG_ENTRY);

  const contents = new Map<string, { bytes: Uint8Array; blocks: Block[] }>();
  for (const [name, data] of entries) {
    const hash = contentHashOfEntry(name);
    if (!hash) continue;
    if (sha256(data) !== hash) throw new ExchangeError(`the bundle's ${name} does not match its hash (damaged or altered)`);
    const content = parseWith(contentSchema, parseUntrustedJson(decodeUtf8(data, name), name), name);
    contents.set(hash, { bytes: data, blocks: content.blocks });
  }

  checkTimes(manifest, catalog);
  unique(catalog.articles.map((a) => a.id), 'article');
  unique(catalog.highlights.map((h) => h.id), 'highlight');
  unique(catalog.tombstones.map((t) => t.id), 'tombstone');
  const live = new Set(catalog.highlights.map((h) => h.id));
  const both = catalog.tombstones.find((t) => live.has(t.id));
  if (both) throw new ExchangeError(`the bundle both holds and deletes highlight ${both.id}`);

  const articles = new Map<string, ArticleMeta>();
  const referenced = new Set<string>();
  for (const article of catalog.articles) {
    checkArticle(article, contents);
    for (const v of article.versions) referenced.add(v.contentHash);
    articles.set(article.id, article);
  }
  const stray = [...contents.keys()].find((h) => !referenced.has(h));
  if (stray) throw new ExchangeError(`the bundle holds content ${stray.slice(0, 12)}… that no article uses`);

  const bodies = new Map<string, string>();
  const bodyOf = (article: ArticleMeta, contentHash: string): string => {
    const key = `${contentHash}:${article.includeRemoved}`;
    let body = bodies.get(key);
    if (body === undefined) bodies.set(key, (body = composeBody(contents.get(contentHash)!.blocks, article.includeRemoved).text));
    return body;
  };
  for (const h of catalog.highlights) {
    const article = articles.get(h.articleId);
    if (!article) throw new ExchangeError(`highlight ${h.id} belongs to article ${h.articleId}, which is not in the bundle`);
    if (h.carried && h.carried.version >= article.versions.length) throw new ExchangeError(`highlight ${h.id} was carried to a version its article does not have`);
    const anchored = anchorsIn(bodyOf(article, article.contentHash), h.target);
    // An orphan keeps its place in the version it was last found in.
    const orphanAnchored = !anchored && h.carried?.confidence === 'orphaned' && article.versions.some((v) => anchorsIn(bodyOf(article, v.contentHash), h.target));
    if (!anchored && !orphanAnchored) {
      throw new ExchangeError(`highlight ${h.id}: its text "${clip(h.target.quote.exact)}" is not at ${h.target.position.start}–${h.target.position.end} in article ${h.articleId}`);
    }
  }
  for (const t of catalog.tombstones) {
    if (!articles.has(t.articleId)) throw new ExchangeError(`the deletion of highlight ${t.id} refers to article ${t.articleId}, which is not in the bundle`);
  }
  return { manifest, articles: catalog.articles, highlights: catalog.highlights, tombstones: catalog.tombstones, contents };
}

function readManifest(entries: Map<string, Uint8Array>): Manifest {
  const raw = json(entries, MANIFEST_ENTRY);
  const head = manifestHeadSchema.safeParse(raw);
  if (!head.success) throw new ExchangeError('not a Sourcebook bundle (manifest.json does not name the format)');
  if (head.data.schemaVersion > BUNDLE_SCHEMA_VERSION) {
    throw new ExchangeError(
      `the bundle was written by a newer Sourcebook (bundle schema ${head.data.schemaVersion}; this version reads up to ${BUNDLE_SCHEMA_VERSION}). Update Sourcebook to merge it.`,
      'UNSUPPORTED',
    );
  }
  return parseWith(manifestSchema, raw, MANIFEST_ENTRY);
}

/** The exact form Sourcebook writes (toISOString), which the merge compares as text. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** Clocks disagree a little; a time further ahead than this would win every later conflict, so it is refused. */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

function checkTimes(manifest: Manifest, catalog: { articles: ArticleMeta[]; highlights: Highlight[]; tombstones: Tombstone[] }): void {
  const latest = Date.now() + MAX_CLOCK_SKEW_MS;
  const check = (value: string, where: string): void => {
    if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) throw new ExchangeError(`the bundle's ${where} is not a time like 2026-01-31T12:00:00.000Z`);
    if (Date.parse(value) > latest) throw new ExchangeError(`the bundle's ${where} (${value}) is in the future`);
  };
  check(manifest.createdAt, 'creation time');
  for (const a of catalog.articles) {
    check(a.importedAt, `article ${a.id} import time`);
    for (const v of a.versions) check(v.importedAt, `article ${a.id} version import time`);
  }
  for (const h of catalog.highlights) {
    check(h.createdAt, `highlight ${h.id} creation time`);
    check(h.updatedAt, `highlight ${h.id} update time`);
    for (const r of h.history ?? []) check(r.updatedAt, `highlight ${h.id} history time`);
  }
  for (const t of catalog.tombstones) {
    check(t.revision, `deletion of ${t.id} revision`);
    check(t.deletedAt, `deletion of ${t.id} time`);
  }
}

function checkArticle(article: ArticleMeta, contents: Map<string, unknown>): void {
  // Ids come from the text (import-service), so an article cannot take the id of another article here.
  if (!article.versions.some((v) => guidFromHash(v.bodyHash) === article.id)) {
    throw new ExchangeError(`article ${article.id}: its id does not come from the text of any of its versions`);
  }
  const current = article.versions[article.versions.length - 1]!;
  if (current.contentHash !== article.contentHash || current.bodyHash !== article.bodyHash || current.sourceHash !== article.sourceHash) {
    throw new ExchangeError(`article ${article.id}: its current text is not its last version`);
  }
  unique(article.versions.map((v) => v.contentHash), `version of article ${article.id} with content`);
  const missing = article.versions.find((v) => !contents.has(v.contentHash));
  if (missing) throw new ExchangeError(`article ${article.id}: the content of a version (${missing.contentHash.slice(0, 12)}…) is missing from the bundle`);
}

function json(entries: Map<string, Uint8Array>, name: string): unknown {
  const data = entries.get(name);
  if (!data) throw new ExchangeError(`not a Sourcebook bundle (${name} is missing)`);
  return parseUntrustedJson(decodeUtf8(data, name), name);
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, where: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ExchangeError(`the bundle's ${where} is invalid at ${issue?.path.join('.') || 'the top level'}: ${issue?.message ?? 'unexpected shape'}`);
}

function unique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new ExchangeError(`the bundle has ${what} ${id} twice`);
    seen.add(id);
  }
}

const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 37)}…` : text);
