// Reading W3C Web Annotations (JSON-LD, as Sourcebook, Hypothesis and others write them) and placing them on the
// notebook's articles: by the article URN, else the page URL, else the quote.
import type { Highlight, HighlightEvidence, HighlightFields, Kind } from '../../../../shared/model';
import { evidenceSchema } from '../../../../shared/schemas';
import { composeBody } from '../../articles/body';
import type { Notebook } from '../../notebook';
import { sha256 } from '../../storage/content-store';
import { EVIDENCE_KEY, FIELD_NAMES } from '../formats/w3c/export';
import { ARTICLE_URN, isUuid } from '../formats/ids';
import { ExchangeError, LIMITS } from '../limits';
import { CodePoints } from '../positions';
import { canonical } from '../merge/canonical';
import { place } from './anchor';
import type { Selectors } from './anchor';
import type { Placed } from './apply';
import { highlightFromDraft } from './draft';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const typesOf = (v: Json): string[] => list(v.type).filter((t): t is string => typeof t === 'string');

/** The annotations in a document: a collection (with its first page), a page, a list, or one annotation. */
export function annotationsIn(doc: unknown): Json[] {
  const items: unknown[] = [];
  const collect = (node: unknown, depth: number): void => {
    if (depth > 4 || items.length > LIMITS.annotations) return;
    if (Array.isArray(node)) return node.forEach((n) => collect(n, depth + 1));
    if (!isObject(node)) return;
    const types = typesOf(node);
    if (types.includes('Annotation')) return void items.push(node);
    if (types.includes('AnnotationCollection')) return collect(node.first, depth + 1);
    if (types.includes('AnnotationPage')) return collect(node.items, depth + 1);
    if (Array.isArray(node.items)) collect(node.items, depth + 1);
  };
  collect(doc, 0);
  if (items.length > LIMITS.annotations) throw new ExchangeError(`the file holds more than ${LIMITS.annotations} annotations`);
  if (items.length === 0) throw new ExchangeError('the file holds no W3C annotations (objects with "type": "Annotation")');
  return items as Json[];
}

/** A stable highlight id: the annotation's UUID when it has one, else one derived from its id or its content. */
function highlightIdOf(annotation: Json): string {
  const id = str(annotation.id) ?? '';
  const uuid = /^urn:uuid:(.+)$/i.exec(id)?.[1] ?? id;
  if (isUuid(uuid)) return uuid.toLowerCase();
  const h = sha256(`w3c:${id || canonical(annotation)}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

interface Target {
  sources: string[];
  selectors: Selectors;
}

function targetOf(annotation: Json): Target {
  const sources: string[] = [];
  const selectors: Selectors = {};
  const readSelector = (sel: unknown, depth = 0): void => {
    if (depth > 3) return;
    for (const s of list(sel)) {
      if (!isObject(s)) continue;
      const types = typesOf(s);
      if (types.includes('TextQuoteSelector') && typeof s.exact === 'string') {
        selectors.exact ??= s.exact;
        selectors.prefix ??= str(s.prefix);
        selectors.suffix ??= str(s.suffix);
      }
      if (types.includes('TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end)) {
        selectors.start ??= s.start as number;
        selectors.end ??= s.end as number;
      }
      readSelector(s.refinedBy, depth + 1);
    }
  };
  for (const t of list(annotation.target).slice(0, 20)) {
    if (typeof t === 'string') sources.push(t);
    else if (isObject(t)) {
      const source = isObject(t.source) ? str(t.source.id) : str(t.source);
      if (source) sources.push(source);
      else if (str(t.id)) sources.push(str(t.id)!);
      readSelector(t.selector);
    }
  }
  return { sources, selectors };
}

interface Bodies {
  labels: string[];
  note: string[];
  fields: HighlightFields;
  evidence?: HighlightEvidence;
}

/** Sourcebook's evidence body, if it is one and it is valid; anything else is ignored (the readable lines stay). */
function evidenceOf(body: Json, value: string): HighlightEvidence | undefined {
  if (body.format !== 'application/json' || !value.includes(EVIDENCE_KEY)) return undefined;
  try {
    const parsed = evidenceSchema.safeParse((JSON.parse(value) as Record<string, unknown>)[EVIDENCE_KEY]);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The readable evidence lines the export writes beside its JSON body. */
const EVIDENCE_LINE = /^(value|asOf|series|quoteType|status|supports|contradicts)$/;

function bodiesOf(annotation: Json): Bodies {
  const out: Bodies = { labels: [], note: [], fields: {} };
  if (typeof annotation.bodyValue === 'string') out.note.push(annotation.bodyValue);
  for (const b of list(annotation.body).slice(0, 200)) {
    if (typeof b === 'string') continue; // a link to an external body: nothing to read
    if (!isObject(b) || typeof (b.value ?? b.chars) !== 'string') continue;
    const value = String(b.value ?? b.chars);
    const purposes = list(b.purpose);
    const field = /^(\w+): ([\s\S]*)$/.exec(value);
    const evidence = purposes.includes('describing') ? evidenceOf(b, value) : undefined;
    if (evidence) out.evidence = evidence;
    else if (purposes.includes('describing') && field && EVIDENCE_LINE.test(field[1]!)) continue; // read from the JSON body
    else if (purposes.includes('tagging')) out.labels.push(value);
    else if (purposes.includes('describing') && field && FIELD_NAMES.includes(field[1] as keyof HighlightFields)) out.fields[field[1] as keyof HighlightFields] = field[2]!;
    else out.note.push(value); // commenting, describing and bodies without a purpose
  }
  if (list(annotation.motivation).includes('tagging') && out.labels.length === 0) out.labels.push(...out.note.splice(0));
  return out;
}

const creatorName = (annotation: Json): string => {
  for (const c of list(annotation.creator)) {
    if (typeof c === 'string') return c;
    if (isObject(c)) return str(c.name) ?? str(c.nickname) ?? str(c.id) ?? '';
  }
  return '';
};

const normaliseUrl = (url: string): string => url.replace(/#.*$/, '').replace(/\/+$/, '').replace(/^https?:\/\/(www\.)?/i, '').toLowerCase();

/** Places every annotation it can on the articles already in the notebook. */
export async function placeW3c(nb: Notebook, doc: unknown, defaultKind: Kind): Promise<Placed> {
  const annotations = annotationsIn(doc);
  const placed: Placed = { articles: [], highlights: [], notPlaced: [], warnings: [] };
  const bodies = new Map<string, { text: string; codePoints: CodePoints }>();
  const bodyOf = async (id: string) => {
    let b = bodies.get(id);
    if (!b) {
      const meta = nb.catalog.article(id)!;
      const text = composeBody(await nb.content.blocks(meta.contentHash), meta.includeRemoved).text;
      bodies.set(id, (b = { text, codePoints: new CodePoints(text) }));
    }
    return b;
  };
  const byUrl = new Map<string, string>();
  for (const a of nb.catalog.allArticles()) if (a.url) byUrl.set(normaliseUrl(a.url), a.id);
  const seen = new Set<string>();
  const now = nb.nowIso();

  for (const annotation of annotations) {
    const id = highlightIdOf(annotation);
    const label = str(annotation.id) ?? id;
    if (seen.has(id)) {
      placed.notPlaced.push({ id: label, reason: 'the file holds this annotation twice' });
      continue;
    }
    seen.add(id);
    const { sources, selectors } = targetOf(annotation);
    let articleId = sources.map((s) => ARTICLE_URN.exec(s)?.[1]?.toLowerCase()).find((a) => a !== undefined && nb.catalog.article(a));
    articleId ??= sources.map((s) => byUrl.get(normaliseUrl(s))).find((a) => a !== undefined);
    if (!articleId && selectors.exact) {
      const holders: string[] = [];
      for (const meta of nb.catalog.allArticles()) if ((await bodyOf(meta.id)).text.includes(selectors.exact)) holders.push(meta.id);
      if (holders.length > 1) {
        placed.notPlaced.push({ id: label, reason: `its text is in ${holders.length} articles; cannot tell which` });
        continue;
      }
      articleId = holders[0];
    }
    if (!articleId) {
      placed.notPlaced.push({ id: label, reason: `no article here has its source (${sources[0] ?? 'none'}) or its text` });
      continue;
    }
    const body = await bodyOf(articleId);
    const where = place(body.text, body.codePoints, selectors);
    if ('reason' in where) {
      placed.notPlaced.push({ id: label, reason: where.reason });
      continue;
    }
    const { labels, note, fields, evidence } = bodiesOf(annotation);
    try {
      const h: Highlight = highlightFromDraft(
        { id, articleId, labels, note: note.join('\n\n'), fields, ...(evidence ? { evidence } : {}), author: creatorName(annotation), createdAt: str(annotation.created), updatedAt: str(annotation.modified) },
        body.text,
        where.start,
        where.end,
        defaultKind,
        now,
        (w) => placed.warnings.push(w),
      );
      placed.highlights.push(h);
    } catch (error) {
      placed.notPlaced.push({ id: label, reason: (error as Error).message.split('\n')[0]! });
    }
  }
  return placed;
}
