// REFI-QDA 1.5 (https://www.qdasoftware.org): a project (.qdpx: project.qde + sources/*.txt) and a codebook (.qdc),
// valid against Project-mrt2019.xsd and Codebook.xsd.
//
// Mapping: kinds and tags are Codes (under the uncodable folders "Kinds" and "Tags"), each highlight a
// PlainTextSelection in its article's TextSource with one Coding per code, its note a Note (NoteRef), its structured
// fields its Description ("speaker: …" lines), its author and last editor Users. GUIDs: sources are article ids and
// selections highlight ids (so a re-import finds them again); codes, users, notes and codings derive theirs from
// their names. Positions count Unicode code points in the source text file, the end exclusive (spec 10.2: "the
// first codepoint in the file has the number 0"), the text being the article's body exactly as stored in sources/.
import { evidenceLines } from '../evidence-lines';
import type { Highlight, Kind } from '../../../../../shared/model';
import { KINDS } from '../../../../../shared/model';
import { CodePoints } from '../../positions';
import { anchoredHighlights } from '../../snapshot';
import type { NotebookSnapshot } from '../../snapshot';
import { writeZip } from '../../zip';
import { GENERATOR } from '../../bundle/write';
import { guidFor } from '../ids';
import { FIELD_NAMES } from '../w3c/export';
import type { Exporter } from '../types';
import { renderXml } from './xml';
import type { XmlElement } from './xml';

export const KIND_COLOURS: Record<Kind, string> = { claim: '#E53935', figure: '#1E88E5', quote: '#43A047' };
const KIND_DESCRIPTIONS: Record<Kind, string> = {
  claim: 'A checkable assertion made by the source.',
  figure: 'A number or statistic.',
  quote: 'Words quoted from a speaker.',
};
const TAG_COLOURS = ['#8E24AA', '#F4511E', '#00897B', '#6D4C41', '#3949AB', '#C0CA33', '#D81B60', '#546E7A'];

export const kindCodeGuid = (kind: Kind): string => guidFor('code', 'kind', kind);
export const tagCodeGuid = (tag: string): string => guidFor('code', 'tag', tag.toLowerCase());
export const userGuid = (name: string): string => guidFor('user', name);

/** The tags used by the selected highlights, once each (ignoring case), sorted. */
function tagsOf(snapshot: NotebookSnapshot): string[] {
  const byKey = new Map<string, string>();
  for (const a of snapshot.articles) for (const h of a.highlights) for (const t of h.tags) if (!byKey.has(t.toLowerCase())) byKey.set(t.toLowerCase(), t);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

export function codeTree(snapshot: NotebookSnapshot): XmlElement[] {
  const tags = tagsOf(snapshot);
  return [
    {
      name: 'Code',
      attrs: { guid: guidFor('code', 'folder', 'kinds'), name: 'Kinds', isCodable: false },
      children: [
        { name: 'Description', text: 'Sourcebook highlight kinds.' },
        ...KINDS.map((k) => ({ name: 'Code', attrs: { guid: kindCodeGuid(k), name: k, isCodable: true, color: KIND_COLOURS[k] }, children: [{ name: 'Description', text: KIND_DESCRIPTIONS[k] }] })),
      ],
    },
    {
      name: 'Code',
      attrs: { guid: guidFor('code', 'folder', 'tags'), name: 'Tags', isCodable: false },
      children: [
        { name: 'Description', text: 'Sourcebook tags.' },
        ...tags.map((t) => ({ name: 'Code', attrs: { guid: tagCodeGuid(t), name: t, isCodable: true, color: TAG_COLOURS[parseInt(tagCodeGuid(t).slice(0, 2), 16) % TAG_COLOURS.length] } })),
      ],
    },
  ];
}

const describeFields = (h: Highlight): string | undefined => {
  const lines = [...FIELD_NAMES.filter((f) => h.fields[f]).map((f) => `${f}: ${h.fields[f]}`), ...evidenceLines(h.evidence)];
  return lines.length ? lines.join('\n') : undefined;
};

export const noteGuid = (h: Highlight): string => guidFor('note', h.id);

function selection(h: Highlight, codePoints: CodePoints): XmlElement {
  const codes = [kindCodeGuid(h.kind), ...h.tags.map(tagCodeGuid)];
  const fields = describeFields(h);
  return {
    name: 'PlainTextSelection',
    attrs: {
      guid: h.id,
      name: h.target.quote.exact.length > 80 ? `${h.target.quote.exact.slice(0, 79)}…` : h.target.quote.exact,
      startPosition: codePoints.fromUnits(h.target.position.start),
      endPosition: codePoints.fromUnits(h.target.position.end),
      creatingUser: userGuid(h.author),
      creationDateTime: h.createdAt,
      modifyingUser: userGuid(h.updatedBy),
      modifiedDateTime: h.updatedAt,
    },
    children: [
      fields !== undefined ? { name: 'Description', text: fields } : undefined,
      ...codes.map((code) => ({
        name: 'Coding',
        attrs: { guid: guidFor('coding', h.id, code), creatingUser: userGuid(h.author), creationDateTime: h.createdAt },
        children: [{ name: 'CodeRef', attrs: { targetGUID: code } }],
      })),
      h.note ? { name: 'NoteRef', attrs: { targetGUID: noteGuid(h) } } : undefined,
    ],
  };
}

export function projectDocument(snapshot: NotebookSnapshot): { qde: string; sources: Record<string, string>; warnings: string[] } {
  const warnings: string[] = [];
  const sources: Record<string, string> = {};
  const users = new Set<string>([snapshot.exportedBy]);
  const notes: XmlElement[] = [];
  const textSources: XmlElement[] = snapshot.articles.map((article) => {
    const { anchored, skipped } = anchoredHighlights(article);
    for (const h of skipped) warnings.push(`highlight ${h.id} in "${article.meta.title}" is not in the current text (awaiting review); left out`);
    const codePoints = new CodePoints(article.body);
    sources[`${article.meta.id}.txt`] = article.body;
    for (const h of anchored) {
      users.add(h.author).add(h.updatedBy);
      if (h.note) {
        notes.push({
          name: 'Note',
          attrs: { guid: noteGuid(h), name: `Note on ${h.kind} ${h.id.slice(0, 8)}`, creatingUser: userGuid(h.author), creationDateTime: h.createdAt, modifyingUser: userGuid(h.updatedBy), modifiedDateTime: h.updatedAt },
          children: [{ name: 'PlainTextContent', text: h.note }],
        });
      }
    }
    const about = [article.meta.source, article.meta.author, article.meta.date, article.meta.url].filter(Boolean).join(' · ');
    return {
      name: 'TextSource',
      attrs: {
        guid: article.meta.id,
        name: article.meta.title || article.meta.id,
        plainTextPath: `internal://${article.meta.id}.txt`,
        creatingUser: userGuid(snapshot.exportedBy),
        creationDateTime: article.meta.importedAt,
      },
      children: [about ? { name: 'Description', text: about } : undefined, ...anchored.map((h) => selection(h, codePoints))],
    };
  });
  const project: XmlElement = {
    name: 'Project',
    attrs: { xmlns: 'urn:QDA-XML:project:1.0', name: 'Sourcebook notebook', origin: GENERATOR, creatingUserGUID: userGuid(snapshot.exportedBy), creationDateTime: snapshot.exportedAt },
    children: [
      { name: 'Users', children: [...users].sort().map((u) => ({ name: 'User', attrs: { guid: userGuid(u), name: u } })) },
      { name: 'CodeBook', children: [{ name: 'Codes', children: codeTree(snapshot) }] },
      textSources.length ? { name: 'Sources', children: textSources } : undefined,
      notes.length ? { name: 'Notes', children: notes } : undefined,
    ],
  };
  return { qde: renderXml(project), sources, warnings };
}

export const qdpxExporter: Exporter = {
  format: 'qdpx',
  describe: 'REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA, QualCoder…',
  extension: '.qdpx',
  export(snapshot) {
    const { qde, sources, warnings } = projectDocument(snapshot);
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const files: Record<string, Uint8Array> = { 'project.qde': utf8(qde) };
    for (const [name, text] of Object.entries(sources)) files[`sources/${name}`] = utf8(text);
    return { output: { kind: 'file', bytes: writeZip(files) }, warnings };
  },
};

export const qdcExporter: Exporter = {
  format: 'qdc',
  describe: 'REFI-QDA codebook (.qdc): the kinds and tags as codes',
  extension: '.qdc',
  export(snapshot) {
    const doc: XmlElement = { name: 'CodeBook', attrs: { xmlns: 'urn:QDA-XML:codebook:1.0', origin: GENERATOR }, children: [{ name: 'Codes', children: codeTree(snapshot) }] };
    return { output: { kind: 'file', bytes: new TextEncoder().encode(renderXml(doc)) }, warnings: [] };
  },
};
