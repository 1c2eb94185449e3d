import './links.css';
import type { Highlight } from '../../../../shared/model';
import { plural } from '../../../components/format';
import type { HighlightIndex } from './useHighlightIndex';

/**
 * A line under a highlight in the side list: a claim's evidence ("2 supporting · 1 contradicting") and its status,
 * or the claims a figure or quote bears on ("Supports 1 claim").
 */
export function LinkSummary({ highlight, index }: { highlight: Highlight; index: HighlightIndex }) {
  const parts: string[] = [];
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
