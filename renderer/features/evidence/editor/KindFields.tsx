import './editor.css';
import type { Kind } from '../../../../shared/model';
import { ClaimFields } from './ClaimFields';
import type { EvidenceDraft } from './evidence-draft';
import { FigureFields } from './FigureFields';
import { QuoteFields } from './QuoteFields';

interface Props {
  kind: Kind;
  draft: EvidenceDraft;
  onChange(next: EvidenceDraft): void;
  errors: Record<string, string>;
  suggested: string[];
}

/** The structured fields that fit the kind: a figure's numbers, a quote's speaker, a claim's claimant and status. */
export function KindFields({ kind, ...props }: Props) {
  switch (kind) {
    case 'figure':
      return <FigureFields {...props} />;
    case 'quote':
      return <QuoteFields {...props} />;
    case 'claim':
      return <ClaimFields {...props} />;
  }
}
