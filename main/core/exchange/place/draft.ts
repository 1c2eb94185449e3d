// Turning what another tool says about a passage into a valid highlight: its values are cut to the limits the
// notebook keeps (with a warning), never trusted as they are.
import type { HighlightEvidence, Highlight, HighlightFields, Kind } from '../../../../shared/model';
import { KINDS } from '../../../../shared/model';
import { highlightSchema } from '../../../../shared/schemas';
import { targetAt } from '../../highlights/anchor';
import { normaliseTags } from '../../highlights/highlights';

export interface Draft {
  id: string;
  articleId: string;
  /** Labels from the other tool (tags, code names); one naming a kind becomes the kind. */
  labels: string[];
  note: string;
  fields: HighlightFields;
  author: string;
  createdAt?: string;
  updatedAt?: string;
  updatedBy?: string;
  /** Sourcebook's own typed evidence, when the other file came from Sourcebook (checked by the highlight schema). */
  evidence?: HighlightEvidence;
}

export const kindOf = (label: string): Kind | undefined => KINDS.find((k) => k === label.trim().toLowerCase());

/** Builds the highlight at `body[start, end)`; throws a one-line Error when it cannot be one. */
export function highlightFromDraft(draft: Draft, body: string, start: number, end: number, defaultKind: Kind, now: string, warn: (w: string) => void): Highlight {
  // The first label naming a kind is the kind (Sourcebook writes it first); any later one is a tag of that name.
  const kindAt = draft.labels.findIndex((l) => kindOf(l));
  const kind = kindAt === -1 ? defaultKind : kindOf(draft.labels[kindAt]!)!;
  const rest = draft.labels.filter((_, i) => i !== kindAt);
  const tags = normaliseTags(rest.map((t) => t.replace(/,/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80))).slice(0, 50);
  if (tags.length < rest.length) warn(`highlight ${draft.id}: some labels were merged or dropped (duplicates, empty, more than 50)`);
  let note = draft.note.trim();
  if (note.length > 20_000) {
    warn(`highlight ${draft.id}: the note was cut to 20,000 characters`);
    note = note.slice(0, 20_000);
  }
  const fields: HighlightFields = {};
  for (const [key, value] of Object.entries(draft.fields) as [keyof HighlightFields, string | undefined][]) if (value?.trim()) fields[key] = value.trim().slice(0, 200);
  const createdAt = isoTime(draft.createdAt) ?? now;
  const updatedAt = isoTime(draft.updatedAt) ?? createdAt;
  const author = (draft.author.trim() || 'unknown').slice(0, 200);
  const highlight: Highlight = {
    id: draft.id,
    articleId: draft.articleId,
    kind,
    tags,
    note,
    fields,
    author,
    createdAt,
    updatedAt: updatedAt < createdAt ? createdAt : updatedAt,
    updatedBy: (draft.updatedBy?.trim() || author).slice(0, 200),
    target: targetAt(body, start, end),
    ...(draft.evidence ? { evidence: draft.evidence } : {}),
  };
  const checked = highlightSchema.safeParse(highlight);
  if (!checked.success) throw new Error(`${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message}`);
  return checked.data;
}

/** An ISO 8601 instant, normalised, or undefined when the value is not a date-time. */
export function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40 || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`); // REFI-QDA examples omit the zone: read as UTC
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
