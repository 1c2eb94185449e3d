import './links.css';
import { LinkedItem, RELATION_LABEL } from './LinkedItem';
import type { HighlightIndex } from './useHighlightIndex';

/** The other end: the claims this highlight is evidence for ("Supports" the claim, or "Contradicts" it). */
export function CitedBy({ highlightId, index }: { highlightId: string; index: HighlightIndex }) {
  const citing = index.citing(highlightId);
  if (citing.length === 0) return null;
  return (
    <section className="evidence-links" aria-label="Claims this is evidence for">
      <h3>Evidence for</h3>
      <ul className="linked-list">
        {citing.map(({ claim, relation }) => (
          <LinkedItem key={claim.highlight.id} entry={claim} relation={relation} label={RELATION_LABEL[relation]} />
        ))}
      </ul>
    </section>
  );
}
