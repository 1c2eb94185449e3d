import type { ExportSelection } from '../../../../shared/exchange';
import type { Notebook } from '../../notebook';
import type { NotebookSnapshot } from '../snapshot';
import { writeZip } from '../zip';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, CATALOG_ENTRY, contentEntry, MANIFEST_ENTRY } from './schema';
import type { BundleCatalog, Manifest } from './schema';

export const GENERATOR = 'Sourcebook 0.1.0';

/** Packs a snapshot into a bundle: the catalogue records as they are, and every version's content file byte for byte. */
export async function writeBundle(nb: Notebook, snapshot: NotebookSnapshot, selection: ExportSelection): Promise<Uint8Array> {
  const catalog: BundleCatalog = {
    articles: snapshot.articles.map((a) => a.meta),
    highlights: snapshot.articles.flatMap((a) => a.highlights),
    tombstones: snapshot.tombstones,
  };
  const files: Record<string, Uint8Array> = {};
  for (const article of snapshot.articles) {
    for (const version of article.meta.versions) {
      files[contentEntry(version.contentHash)] ??= await nb.content.raw(version.contentHash);
    }
  }
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    createdAt: snapshot.exportedAt,
    createdBy: snapshot.exportedBy,
    generator: GENERATOR,
    selection: {
      ...(selection.tag !== undefined ? { tag: selection.tag } : {}),
      ...(selection.kind !== undefined ? { kind: selection.kind } : {}),
      ...(selection.articleIds ? { articleIds: snapshot.articles.map((a) => a.meta.id) } : {}),
    },
    counts: { articles: catalog.articles.length, highlights: catalog.highlights.length, tombstones: catalog.tombstones.length, contents: Object.keys(files).length },
  };
  const json = (value: unknown): Uint8Array => new TextEncoder().encode(`${JSON.stringify(value, null, 1)}\n`);
  return writeZip({ [MANIFEST_ENTRY]: json(manifest), [CATALOG_ENTRY]: json(catalog), ...files });
}
