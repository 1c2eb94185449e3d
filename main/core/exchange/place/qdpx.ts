// Reading a REFI-QDA project (.qdpx): its text sources become articles (or are recognised as articles already here,
// by their text), its PlainTextSelections highlights. See formats/refi/project.ts for the mapping and positions.
import { XMLParser } from 'fast-xml-parser';
import type { ArticleMeta, Block, HighlightFields, Kind } from '../../../../shared/model';
import { composeBody, countWords } from '../../articles/body';
import { guidFromHash } from '../../import/import-service';
import type { Notebook } from '../../notebook';
import { sha256 } from '../../storage/content-store';
import { FIELD_NAMES } from '../formats/w3c/export';
import { ExchangeError, LIMITS } from '../limits';
import { CodePoints } from '../positions';
import { entryNameProblem, readZip } from '../zip';
import { place } from './anchor';
import type { Placed } from './apply';
import { highlightFromDraft, isoTime } from './draft';
import { WhitespaceMap } from './whitespace-map';

type Node = Record<string, unknown>;
const REPEATED = new Set(['User', 'Code', 'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource', 'PlainTextSelection', 'Coding', 'NoteRef', 'Note']);
const list = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined || v === null || v === '' ? [] : [v]).filter((n): n is Node => typeof n === 'object' && n !== null);
const attr = (n: Node, name: string): string | undefined => (typeof n[`@_${name}`] === 'string' ? (n[`@_${name}`] as string) : undefined);
const textOf = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'object' && v !== null && typeof (v as Node)['#text'] === 'string' ? ((v as Node)['#text'] as string) : '');
/** GUIDs compare without braces and case. */
const guidKey = (g: string | undefined): string => (g ?? '').replace(/[{}]/g, '').toLowerCase();

export function parseProjectXml(xml: string): Node {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ExchangeError('the project declares a DOCTYPE or entities, which are not accepted');
  let doc: Node;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      removeNSPrefix: true,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: true,
      htmlEntities: false,
      isArray: (name) => REPEATED.has(name),
    }).parse(xml, true) as Node;
  } catch (error) {
    throw new ExchangeError(`project.qde is not well-formed XML (${String((error as Error).message).split('\n')[0]})`);
  }
  const project = doc.Project;
  if (typeof project !== 'object' || project === null) throw new ExchangeError('project.qde has no <Project> root: not a REFI-QDA project');
  return project as Node;
}

/** Source text files: UTF-8 by the spec; a UTF-16 byte-order mark (as some NVivo exports have) is honoured. */
function decodeSource(bytes: Uint8Array, name: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ExchangeError(`the source ${name} is neither UTF-8 nor UTF-16 text`);
  }
}

/** Paragraph blocks from a plain text: one per non-blank line. */
const blocksOf = (text: string): Block[] =>
  text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ role: 'body' as const, text: line }));

export async function placeQdpx(nb: Notebook, bytes: Uint8Array, defaultKind: Kind): Promise<Placed> {
  const entries = readZip(bytes, 'the project', (name) => entryNameProblem(name) === undefined);
  const qde = entries.get('project.qde') ?? [...entries].find(([name]) => name.toLowerCase().endsWith('.qde'))?.[1];
  if (!qde) throw new ExchangeError('the .qdpx file has no project.qde: not a REFI-QDA project');
  const project = parseProjectXml(decodeSource(qde, 'project.qde'));
  const placed: Placed = { articles: [], highlights: [], notPlaced: [], warnings: [] };

  const users = new Map(list((project.Users as Node | undefined)?.User).map((u) => [guidKey(attr(u, 'guid')), attr(u, 'name') ?? '']));
  const codes = new Map<string, string>();
  const walkCodes = (nodes: Node[], depth: number): void => {
    if (depth > 50) return;
    for (const c of nodes) {
      codes.set(guidKey(attr(c, 'guid')), attr(c, 'name') ?? '');
      walkCodes(list(c.Code), depth + 1);
    }
  };
  walkCodes(list(((project.CodeBook as Node | undefined)?.Codes as Node | undefined)?.Code), 0);
  const internal = (path: string | undefined): Uint8Array | undefined => {
    const file = /^internal:\/\/(.+)$/.exec(path ?? '')?.[1];
    return file === undefined ? undefined : entries.get(`sources/${file}`) ?? entries.get(file);
  };
  const notes = new Map<string, string>();
  for (const n of list((project.Notes as Node | undefined)?.Note)) {
    const content = textOf(n.PlainTextContent) || (internal(attr(n, 'plainTextPath')) ? decodeSource(internal(attr(n, 'plainTextPath'))!, 'a note') : '');
    notes.set(guidKey(attr(n, 'guid')), content);
  }

  const sourcesNode = (project.Sources as Node | undefined) ?? {};
  const others = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'].reduce((n, k) => n + list(sourcesNode[k]).length, 0);
  if (others > 0) placed.warnings.push(`${others} picture, PDF, audio or video source(s) skipped: only text sources can be articles`);
  const textSources = list(sourcesNode.TextSource);
  const selectionCount = textSources.reduce((n, s) => n + list(s.PlainTextSelection).length, 0);
  if (textSources.length > LIMITS.articles || selectionCount > LIMITS.annotations) throw new ExchangeError('the project has more sources or selections than Sourcebook imports at once');
  const now = nb.nowIso();

  for (const source of textSources) {
    const name = attr(source, 'name') || attr(source, 'guid') || 'untitled';
    const file = internal(attr(source, 'plainTextPath'));
    const raw = file ? decodeSource(file, name) : textOf(source.PlainTextContent);
    if (!file && !source.PlainTextContent) {
      placed.warnings.push(`source "${name}" was skipped: its text is not inside the project (external files are not read)`);
      continue;
    }
    const found = await articleFor(nb, name, raw, file ?? new TextEncoder().encode(raw), now);
    if (!found) {
      placed.warnings.push(`source "${name}" was skipped: it has no text`);
      continue;
    }
    // Two sources with the same text are one article.
    const article = placed.articles.find((a) => a.meta.id === found.meta.id) ?? found;
    if (article === found) placed.articles.push(article);
    const body = article.isNew ? composeBody(JSON.parse(new TextDecoder().decode(article.contentBytes)).blocks as Block[], false).text : composeBody(await nb.content.blocks(article.meta.contentHash), article.meta.includeRemoved).text;
    const rawPoints = new CodePoints(raw);
    const bodyPoints = new CodePoints(body);
    const rawMap = new WhitespaceMap(raw);
    const bodyMap = new WhitespaceMap(body);
    const sameText = rawMap.normal === bodyMap.normal;
    if (list(source.Coding).length > 0) placed.warnings.push(`source "${name}": codings of the whole source were skipped (a highlight is a passage)`);

    for (const sel of list(source.PlainTextSelection)) {
      const id = guidKey(attr(sel, 'guid')) || `selection in ${name}`;
      const s = Number(attr(sel, 'startPosition'));
      const e = Number(attr(sel, 'endPosition'));
      const [from, to] = [rawPoints.toUnits(s), rawPoints.toUnits(e)];
      if (!Number.isInteger(s) || !Number.isInteger(e) || from === undefined || to === undefined || to <= from) {
        placed.notPlaced.push({ id, reason: `its positions ${attr(sel, 'startPosition')}–${attr(sel, 'endPosition')} are not a range of "${name}" (${rawPoints.length} characters)` });
        continue;
      }
      let range = sameText ? bodyMap.fromNormal(rawMap.toNormal(from), rawMap.toNormal(to)) : undefined;
      if (!range) {
        const found = place(body, bodyPoints, { exact: raw.slice(from, to).trim() });
        if ('reason' in found) {
          placed.notPlaced.push({ id, reason: found.reason });
          continue;
        }
        range = found;
      }
      const description = textOf(sel.Description);
      const fields: HighlightFields = {};
      const other: string[] = [];
      for (const line of description.split(/\r?\n/)) {
        const m = /^(\w+): (.*)$/.exec(line.trim());
        if (m && FIELD_NAMES.includes(m[1] as keyof HighlightFields)) fields[m[1] as keyof HighlightFields] = m[2]!;
        else if (line.trim()) other.push(line.trim());
      }
      const note = [...list(sel.NoteRef).map((r) => notes.get(guidKey(attr(r, 'targetGUID'))) ?? ''), other.join('\n')].filter((n) => n.trim()).join('\n\n');
      const labels = list(sel.Coding)
        .flatMap((c) => list(c.CodeRef))
        .map((r) => codes.get(guidKey(attr(r, 'targetGUID'))))
        .filter((n): n is string => Boolean(n));
      try {
        placed.highlights.push(
          highlightFromDraft(
            {
              id: /^[0-9a-f-]{8,36}$/.test(id) ? id : guidFromHash(sha256(`qdpx:${id}`)),
              articleId: article.meta.id,
              labels,
              note,
              fields,
              author: users.get(guidKey(attr(sel, 'creatingUser'))) ?? '',
              createdAt: isoTime(attr(sel, 'creationDateTime')),
              updatedAt: isoTime(attr(sel, 'modifiedDateTime')),
              updatedBy: users.get(guidKey(attr(sel, 'modifyingUser'))),
            },
            body,
            range.start,
            range.end,
            defaultKind,
            now,
            (w) => placed.warnings.push(w),
          ),
        );
      } catch (error) {
        placed.notPlaced.push({ id, reason: (error as Error).message.split('\n')[0]! });
      }
    }
  }
  return placed;
}

/** The article for a source text: one already here with the same text, or a new one made of its lines. */
async function articleFor(nb: Notebook, name: string, raw: string, sourceBytes: Uint8Array, now: string): Promise<Placed['articles'][number] | undefined> {
  const blocks = blocksOf(raw);
  if (blocks.length === 0) return undefined;
  const body = composeBody(blocks, false).text;
  const bodyHash = sha256(body.replace(/\s+/g, ' ').trim());
  const sourceHash = sha256(sourceBytes);
  const existing = nb.catalog.article(guidFromHash(bodyHash)) ?? nb.catalog.articleWithHash(bodyHash) ?? nb.catalog.articleWithHash(sourceHash);
  const contentBytes = new TextEncoder().encode(JSON.stringify({ blocks }));
  const contentHash = sha256(contentBytes);
  if (existing) return { meta: existing, contentHash: existing.contentHash, contentBytes, isNew: false };
  const words = countWords(body);
  const title = name.replace(/\.(txt|docx?|rtf|pdf)$/i, '').slice(0, 2000);
  const meta: ArticleMeta = {
    id: guidFromHash(bodyHash),
    title,
    source: null,
    author: null,
    date: null,
    dateText: null,
    url: null,
    lang: null,
    dir: null,
    excerpt: null,
    format: 'refi-qda',
    fileName: name.slice(0, 1024),
    importedAt: now,
    contentHash,
    sourceHash,
    bodyHash,
    words,
    includeRemoved: false,
    warnings: [],
    versions: [{ contentHash, sourceHash, bodyHash, importedAt: now, fileName: name.slice(0, 1024), words }],
  };
  return { meta, contentHash, contentBytes, isNew: true };
}
