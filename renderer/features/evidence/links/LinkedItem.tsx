import type { ReactNode } from 'react';
import { formatRoute } from '../../../app/route';
import { quoted, shorten } from '../../../components/format';
import { KindBadge } from '../../../components/KindBadge';
import type { IndexedHighlight } from './useHighlightIndex';

export const RELATION_LABEL = { supports: 'Supports', contradicts: 'Contradicts' } as const;
/** Seen from the claim: what the linked highlight does to it. */
export const EVIDENCE_LABEL = { supports: 'Supporting', contradicts: 'Contradicting' } as const;

interface Props {
  entry: IndexedHighlight;
  relation: 'supports' | 'contradicts';
  /** The relation in words, from this end ("Supports" the claim, or "Supporting" evidence). */
  label: string;
  /** An action beside it (Unlink). */
  children?: ReactNode;
}

/** One end of an evidence link: its relation, kind and words, and a link to it in its article. */
export function LinkedItem({ entry, relation, label, children }: Props) {
  const { highlight, articleTitle } = entry;
  const href = formatRoute({ view: 'article', id: highlight.articleId, highlight: highlight.id });
  return (
    <li className={`linked-item relation-${relation}`}>
      <span className="relation-label">{label}</span>
      <KindBadge kind={highlight.kind} />
      <a href={href} className="linked-text" title={highlight.target.quote.exact}>
        {quoted(shorten(highlight.target.quote.exact, 90))}
      </a>
      <span className="linked-article">{articleTitle}</span>
      {children}
    </li>
  );
}
