import { randomUUID } from 'node:crypto';
import type { Params } from '../../../shared/api';
import { ApiError } from '../../../shared/errors';
import type { Highlight, HighlightFields, TagCount } from '../../../shared/model';
import { cleanEvidence, patchEvidence } from '../evidence/clean-evidence';
import type { Notebook } from '../notebook';
import { anchorsIn, findQuote, targetAt } from './anchor';

/** Trims, drops empties and duplicates (ignoring case, keeping the first spelling). */
export function normaliseTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag !== '' && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

function cleanFields(fields: HighlightFields | undefined): HighlightFields {
  const out: HighlightFields = {};
  for (const [key, value] of Object.entries(fields ?? {}) as [keyof HighlightFields, string | undefined][]) {
    if (value !== undefined && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

export async function createHighlight(nb: Notebook, params: Params<'highlights.create'>): Promise<Highlight> {
  const { meta, body } = await nb.articleText(params.articleId);
  const range = params.quote !== undefined ? findQuote(body.text, params.quote, params.occurrence) : { start: params.start!, end: params.end! };
  const now = nb.nowIso();
  const highlight: Highlight = {
    id: randomUUID(),
    articleId: meta.id,
    kind: params.kind,
    tags: normaliseTags(params.tags),
    note: params.note.trim(),
    fields: cleanFields(params.fields),
    ...withEvidence(cleanEvidence(params.evidence)),
    author: nb.author,
    createdAt: now,
    updatedAt: now,
    updatedBy: nb.author,
    target: targetAt(body.text, range.start, range.end),
  };
  await nb.catalog.commit([{ type: 'putHighlight', highlight }]);
  nb.changed({ highlights: true });
  return highlight;
}

export async function updateHighlight(nb: Notebook, params: Params<'highlights.update'>): Promise<Highlight> {
  const current = existing(nb, params.id);
  const { evidence: _replaced, ...rest } = current;
  const next: Highlight = {
    ...rest,
    kind: params.kind ?? current.kind,
    tags: params.tags ? normaliseTags(params.tags) : current.tags,
    note: params.note !== undefined ? params.note.trim() : current.note,
    fields: params.fields ? cleanFields({ ...current.fields, ...params.fields }) : current.fields,
    ...withEvidence(patchEvidence(current.evidence, params.evidence)),
    updatedAt: nb.nowIso(),
    updatedBy: nb.author,
    history: withRevision(current),
  };
  await nb.catalog.commit([{ type: 'putHighlight', highlight: next }]);
  nb.changed({ highlights: true });
  return next;
}

export async function deleteHighlight(nb: Notebook, id: string): Promise<Highlight> {
  const current = existing(nb, id);
  await nb.catalog.commit([{ type: 'deleteHighlight', id }]);
  nb.changed({ highlights: true });
  return current;
}

/** Undo of a delete: the highlight comes back as it was, provided its article still holds its text. */
export async function restoreHighlight(nb: Notebook, highlight: Highlight): Promise<Highlight> {
  if (nb.catalog.highlight(highlight.id)) throw new ApiError('CONFLICT', 'that highlight exists already');
  const { meta, body } = await nb.articleText(highlight.articleId);
  // An orphan awaiting review never anchored in the current text: it comes back as the orphan it was.
  const orphan = highlight.carried?.confidence === 'orphaned' && !highlight.carried.reviewed;
  if (meta.id !== highlight.articleId || (!orphan && !anchorsIn(body.text, highlight.target))) {
    throw new ApiError('CONFLICT', 'the article no longer holds the text of that highlight');
  }
  await nb.catalog.commit([{ type: 'putHighlight', highlight }]);
  nb.changed({ highlights: true });
  return highlight;
}

export function listHighlights(nb: Notebook, params: Params<'highlights.list'>): Highlight[] {
  const pool = params.articleId ? nb.catalog.highlightsOf(nb.articleMeta(params.articleId).id) : [...nb.catalog.allHighlights()];
  return pool
    .filter((h) => (!params.kind || h.kind === params.kind) && (!params.tag || h.tags.includes(params.tag)))
    .sort((a, b) => a.articleId.localeCompare(b.articleId) || a.target.position.start - b.target.position.start);
}

export function listTags(nb: Notebook): TagCount[] {
  const counts = new Map<string, number>();
  for (const h of nb.catalog.allHighlights()) for (const tag of h.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** How many earlier states of a highlight are kept. */
const MAX_HISTORY = 50;

/** The highlight's history with its current state appended (the state an edit is about to replace). */
export function withRevision(h: Highlight): Highlight['history'] {
  const { kind, tags, note, fields, updatedAt, updatedBy } = h;
  return [...(h.history ?? []), { kind, tags, note, fields, ...withEvidence(h.evidence), updatedAt, updatedBy }].slice(-MAX_HISTORY);
}

/** `{ evidence }` when there is some: highlights without evidence data keep no `evidence` key at all. */
export const withEvidence = (evidence: Highlight['evidence']): { evidence?: NonNullable<Highlight['evidence']> } => (evidence ? { evidence } : {});

function existing(nb: Notebook, id: string): Highlight {
  const h = nb.catalog.highlight(id);
  if (!h) throw new ApiError('NOT_FOUND', `no highlight with id ${id}`);
  return h;
}

export function highlightsToReview(nb: Notebook): Highlight[] {
  return [...nb.catalog.allHighlights()].filter((h) => h.carried && !h.carried.reviewed);
}

/** Confirms a fuzzy carry-over. An orphan has nowhere to be accepted: it must be re-attached or deleted. */
export async function acceptCarried(nb: Notebook, id: string): Promise<Highlight> {
  const h = existing(nb, id);
  if (!h.carried) throw new ApiError('BAD_REQUEST', 'that highlight was not carried over from another version');
  if (h.carried.confidence === 'orphaned') throw new ApiError('CONFLICT', 'an orphaned highlight cannot be accepted; re-attach it or delete it');
  const next: Highlight = { ...h, carried: { ...h.carried, reviewed: true }, updatedAt: nb.nowIso(), updatedBy: nb.author };
  await nb.catalog.commit([{ type: 'putHighlight', highlight: next }]);
  nb.changed({ highlights: true });
  return next;
}

export async function reattachHighlight(nb: Notebook, params: Params<'highlights.reattach'>): Promise<Highlight> {
  const h = existing(nb, params.id);
  const { body } = await nb.articleText(h.articleId);
  const range = params.quote !== undefined ? findQuote(body.text, params.quote, params.occurrence) : { start: params.start!, end: params.end! };
  const target = targetAt(body.text, range.start, range.end);
  const carried = h.carried ? { ...h.carried, reviewed: true } : undefined;
  const next: Highlight = { ...h, target, ...(carried ? { carried } : {}), updatedAt: nb.nowIso(), updatedBy: nb.author };
  await nb.catalog.commit([{ type: 'putHighlight', highlight: next }]);
  nb.changed({ highlights: true });
  return next;
}
