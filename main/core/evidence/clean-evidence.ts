// Normalising the typed evidence data of a highlight before it is stored: trimmed text, no empty keys, no duplicate
// links, so that equal content always compares equal (exchanges compare highlights by content).
import type { EvidenceLink, HighlightEvidence, Quantity } from '../../../shared/model';

/** The patch `highlights.update` accepts: a key given replaces the stored one, null removes it. */
export type EvidencePatch = { [K in keyof HighlightEvidence]?: HighlightEvidence[K] | null };

const text = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed : undefined;
};

function cleanQuantity(q: Quantity): Quantity {
  const out: Quantity = { value: q.value };
  if (q.valueMax !== undefined && q.valueMax !== q.value) out.valueMax = q.valueMax;
  if (q.bound) out.bound = q.bound;
  const unit = text(q.unit);
  if (unit) out.unit = unit;
  const scale = text(q.scale);
  if (scale) out.scale = scale;
  if (q.per) out.per = q.per;
  const printed = text(q.text);
  if (printed) out.text = printed;
  return out;
}

/** One link per highlight: the last relation given wins, so re-linking with the other relation switches it. */
export function uniqueLinks(links: EvidenceLink[]): EvidenceLink[] {
  const byId = new Map<string, EvidenceLink>();
  for (const link of links) {
    byId.delete(link.highlightId);
    byId.set(link.highlightId, { highlightId: link.highlightId, relation: link.relation });
  }
  return [...byId.values()];
}

/** The evidence data as stored: undefined when nothing is left, so highlights without any keep no `evidence` key. */
export function cleanEvidence(evidence: HighlightEvidence | undefined): HighlightEvidence | undefined {
  if (!evidence) return undefined;
  const out: HighlightEvidence = {};
  if (evidence.quantities?.length) out.quantities = evidence.quantities.map(cleanQuantity);
  if (evidence.asOf) out.asOf = evidence.asOf;
  const asOfText = text(evidence.asOfText);
  if (asOfText) out.asOfText = asOfText;
  const series = text(evidence.series);
  if (series) out.series = series;
  if (evidence.quoteType) out.quoteType = evidence.quoteType;
  // "unverified" is what no status means: stored as absent so that both compare equal.
  if (evidence.status && evidence.status !== 'unverified') out.status = evidence.status;
  if (evidence.links?.length) out.links = uniqueLinks(evidence.links);
  return Object.keys(out).length ? out : undefined;
}

/** Applies an edit to stored evidence data. */
export function patchEvidence(current: HighlightEvidence | undefined, patch: EvidencePatch | undefined): HighlightEvidence | undefined {
  if (!patch) return current;
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return cleanEvidence(next as HighlightEvidence);
}
