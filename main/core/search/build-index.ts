import { configurePipelines, lunr } from './analysis';
import { FIELDS } from './documents';
import type { SearchDocument } from './documents';

/** Builds a lunr index. No position metadata: snippets are computed from the stored text for the hits only. */
export function buildIndex(documents: Iterable<SearchDocument>): lunr.Index {
  return lunr(function () {
    configurePipelines(this);
    this.ref('ref');
    for (const field of FIELDS) this.field(field.name, { boost: field.boost });
    for (const doc of documents) this.add(doc);
  });
}
