import './links.css';
import type { Highlight } from '../../../../shared/model';
import { plural } from '../../../components/format';
import { describeReading } from '../describe-reading';
import type { HighlightIndex } from './useHighlightIndex';

/**
 * A line under a highlight in the side list: what a figure or quote holds, a claim's status and evidence ("Disputed ·
 * 2 supporting"), and the claims a figure or quote bears on ("Supports 1 claim").
 */
export function LinkSummary({ highlight, index }: { highlight: Highlight; index: HighlightIndex }) {
  // What it holds, read or entered: "6 million users · as of Jan 2017", "said by Roskomnadzor".
  const reading = highlight.kind === 'claim' ? '' : describeReading(highlight.kind, highlight.fields, highlight.evidence ?? {});
  const parts: string[] = reading ? [reading] : [];
  if (highlight.kind === 'claim') {
    const links = (highlight.evidence?.links ?? []).filter((l) => !index.ready || index.get(l.highlightId));
    const supporting = links.filter((l) => l.relation === 'supports').length;
    const contradicting = links.length - supporting;
    if (highlight.evidence?.status) parts.push(highlight.evidence.status[0]!.toUpperCase() + highlight.evidence.status.slice(1));
    if (supporting) parts.push(`${supporting} supporting`);
    if (contradicting) parts.push(`${contradicting} contradicting`);
  }
  const citing = index.citing(highlight.id);
  const supports = citing.filter((c) => c.relation === 'supports').length;
  const contradicts = citing.length - supports;
  if (supports) parts.push(`Supports ${plural(supports, 'claim')}`);
  if (contradicts) parts.push(`Contradicts ${plural(contradicts, 'claim')}`);
  if (parts.length === 0) return null;
  return <span className="link-summary">{parts.join(' · ')}</span>;
}
