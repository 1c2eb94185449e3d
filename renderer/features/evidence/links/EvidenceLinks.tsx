import './links.css';
import { useState } from 'react';
import type { Highlight } from '../../../../shared/model';
import { useClient } from '../../../api/ApiProvider';
import { toApiError } from '../../../api/errors';
import { EVIDENCE_LABEL, LinkedItem } from './LinkedItem';
import { LinkPicker } from './LinkPicker';
import type { HighlightIndex } from './useHighlightIndex';

/** A claim's evidence: what supports or contradicts it, each with Unlink, and the way to link more. */
export function EvidenceLinks({ claim, index }: { claim: Highlight; index: HighlightIndex }) {
  const client = useClient();
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const links = claim.evidence?.links ?? [];
  const unlink = async (evidenceId: string) => {
    setError(null);
    try {
      await client.call('evidence.unlink', { claimId: claim.id, evidenceId });
    } catch (e) {
      setError(toApiError(e).message);
    }
  };
  return (
    <section className="evidence-links" aria-label="Evidence for this claim">
      <h3>Evidence</h3>
      {links.length === 0 ? (
        <p className="field-hint">No highlight is linked to this claim yet.</p>
      ) : !index.ready ? (
        <p className="field-hint">Loading the linked highlights…</p>
      ) : (
        <ul className="linked-list">
          {links.map((link) => {
            const entry = index.get(link.highlightId);
            if (!entry) return null; // deleted since: the core does not count it either
            return (
              <LinkedItem key={link.highlightId} entry={entry} relation={link.relation} label={EVIDENCE_LABEL[link.relation]}>
                <button type="button" className="link-button" onClick={() => void unlink(link.highlightId)} aria-label={`Unlink “${entry.highlight.target.quote.exact.slice(0, 40)}”`}>
                  Unlink
                </button>
              </LinkedItem>
            );
          })}
        </ul>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button-small" onClick={() => setPicking(true)}>
        Link evidence…
      </button>
      <LinkPicker open={picking} claim={claim} onClose={() => setPicking(false)} />
    </section>
  );
}
