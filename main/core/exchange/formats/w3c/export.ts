// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), as JSON-LD: one AnnotationCollection whose
// first AnnotationPage holds one Annotation per highlight. Each annotation is complete on its own (it repeats the
// @context), so it can be split out and still validate.
import type { Highlight, HighlightEvidence, HighlightFields } from '../../../../../shared/model';
import { CodePoints } from '../../positions';
import { anchoredHighlights } from '../../snapshot';
import type { ArticleSnapshot, NotebookSnapshot } from '../../snapshot';
import { sha256 } from '../../../storage/content-store';
import { evidenceLines } from '../evidence-lines';
import { articleUrn, guidFor, isUuid } from '../ids';
import type { Exporter } from '../types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The structured fields, one `describing` body each, as "name: value" (readable by people, parsed back by us). */
export const FIELD_NAMES: (keyof HighlightFields)[] = ['speaker', 'speakerRole', 'measures', 'claimant', 'subject'];

/**
 * Evidence (numbers, dates, claim status and links) travels twice: as readable `describing` lines for other tools,
 * and as one `application/json` body that Sourcebook reads back exactly.
 */
export const EVIDENCE_KEY = 'sourcebookEvidence';

export function evidenceBodies(evidence: HighlightEvidence | undefined): JsonObject[] {
  if (!evidence || Object.keys(evidence).length === 0) return [];
  return [
    ...evidenceLines(evidence, highlightIri).map((value) => ({ type: 'TextualBody', purpose: 'describing', value, format: 'text/plain' })),
    { type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify({ [EVIDENCE_KEY]: evidence }) },
  ];
}

export type JsonObject = Record<string, unknown>;

export const highlightIri = (id: string): string => (isUuid(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:sourcebook:highlight:${id}`);

/**
 * One highlight as an annotation. Kind first, then tags, as `tagging` bodies; the note as a `commenting` body; each
 * field as a `describing` body. Target: the article's URN with a TextQuoteSelector and a TextPositionSelector in
 * Unicode code points (the model counts characters, not UTF-16 units); when the article has a URL, also the page,
 * with the quote only — the offsets are in Sourcebook's extracted text, not in the page's.
 */
export function annotationOf(article: ArticleSnapshot, h: Highlight, codePoints: CodePoints): JsonObject {
  const textBody = (purpose: string, value: string): JsonObject => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });
  const body = [
    textBody('tagging', h.kind),
    ...h.tags.map((tag) => textBody('tagging', tag)),
    ...(h.note ? [{ ...textBody('commenting', h.note), ...(article.meta.lang ? { language: article.meta.lang } : {}) }] : []),
    ...FIELD_NAMES.filter((f) => h.fields[f]).map((f) => textBody('describing', `${f}: ${h.fields[f]}`)),
    ...evidenceBodies(h.evidence),
  ];
  const quote = { type: 'TextQuoteSelector', exact: h.target.quote.exact, prefix: h.target.quote.prefix, suffix: h.target.quote.suffix };
  const position = {
    type: 'TextPositionSelector',
    start: codePoints.fromUnits(h.target.position.start),
    end: codePoints.fromUnits(h.target.position.end),
  };
  const inNotebook = { type: 'SpecificResource', source: articleUrn(article.meta.id), selector: [quote, position] };
  const onPage = article.meta.url ? [{ type: 'SpecificResource', source: article.meta.url, selector: quote }] : [];
  return {
    '@context': ANNO_CONTEXT,
    id: highlightIri(h.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: h.createdAt,
    modified: h.updatedAt,
    creator: { type: 'Person', name: h.author },
    body,
    target: onPage.length ? [inNotebook, ...onPage] : inNotebook,
  };
}

export function annotationCollection(snapshot: NotebookSnapshot): { collection: JsonObject; warnings: string[] } {
  const items: JsonObject[] = [];
  const warnings: string[] = [];
  for (const article of snapshot.articles) {
    const codePoints = new CodePoints(article.body);
    const { anchored, skipped } = anchoredHighlights(article);
    for (const h of skipped) warnings.push(`highlight ${h.id} in "${article.meta.title}" is not in the current text (awaiting review); left out`);
    for (const h of anchored) items.push(annotationOf(article, h, codePoints));
  }
  const key = sha256(items.map((i) => `${String(i.id)}@${String(i.modified)}`).join('\n'));
  const page: JsonObject = { id: `urn:uuid:${guidFor('page', key)}`, type: 'AnnotationPage', startIndex: 0, items };
  const collection: JsonObject = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${guidFor('collection', key)}`,
    type: 'AnnotationCollection',
    label: `Sourcebook highlights (${items.length})`,
    total: items.length,
    created: snapshot.exportedAt,
    creator: { type: 'Person', name: snapshot.exportedBy },
    generator: { type: 'Software', name: 'Sourcebook' },
    ...(items.length ? { first: page } : {}),
  };
  return { collection, warnings };
}

export const w3cExporter: Exporter = {
  format: 'w3c',
  describe: 'W3C Web Annotation JSON-LD: an AnnotationCollection, one annotation per highlight',
  extension: '.jsonld',
  export(snapshot) {
    const { collection, warnings } = annotationCollection(snapshot);
    return { output: { kind: 'file', bytes: new TextEncoder().encode(`${JSON.stringify(collection, null, 2)}\n`) }, warnings };
  },
};
