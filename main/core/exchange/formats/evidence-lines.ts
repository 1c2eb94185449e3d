import type { HighlightEvidence, Quantity } from '../../../../shared/model';

/** A figure's number as people read it: "lower 200 entities", "35000000–40000000 users", "100 per week". */
export function quantityText(q: Quantity): string {
  const range = q.valueMax !== undefined ? `${q.value}–${q.valueMax}` : String(q.value);
  return `${q.bound ? `${q.bound} ` : ''}${range}${q.unit ? ` ${q.unit}` : ''}${q.per ? ` per ${q.per}` : ''}`;
}

/**
 * A highlight's evidence as "name: value" lines, for formats with no place of their own for it (W3C describing
 * bodies, REFI-QDA descriptions, Markdown). `linkName` turns a linked highlight's id into how the format names it.
 */
export function evidenceLines(evidence: HighlightEvidence | undefined, linkName: (id: string) => string = (id) => id): string[] {
  if (!evidence) return [];
  const lines = (evidence.quantities ?? []).map((q) => `value: ${quantityText(q)}`);
  if (evidence.asOf) lines.push(`asOf: ${evidence.asOf}`);
  if (evidence.series) lines.push(`series: ${evidence.series}`);
  if (evidence.quoteType) lines.push(`quoteType: ${evidence.quoteType}`);
  if (evidence.status) lines.push(`status: ${evidence.status}`);
  for (const link of evidence.links ?? []) lines.push(`${link.relation}: ${linkName(link.highlightId)}`);
  return lines;
}
