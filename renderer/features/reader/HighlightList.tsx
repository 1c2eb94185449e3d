import { KINDS } from '../../../shared/model';
import type { Highlight } from '../../../shared/model';
import { plural } from '../../components/format';
import { KindBadge } from '../../components/KindBadge';
import { KIND_LABEL } from '../../components/kinds';
import { LinkSummary } from '../evidence/links/LinkSummary';
import type { HighlightIndex } from '../evidence/links/useHighlightIndex';

interface Props {
  highlights: Highlight[];
  /** Whether each highlight's text is where it says in the current body (only those are drawn). */
  isAnchored(h: Highlight): boolean;
  /** Every highlight by id: which claims each one is evidence for. */
  index: HighlightIndex;
  activeId: string | null;
  onSelect(id: string): void;
  /** The source's page a highlight begins on (PDFs), to cite it by; null for sources without pages. */
  pageOf?(h: Highlight): number | null;
}

/** A word on highlights that were carried to a new version of the article and may need a look. */
function anchorNote(h: Highlight, anchored: boolean): string | null {
  if (!anchored) return 'Not found in the current text';
  if (h.carried && !h.carried.reviewed && h.carried.confidence === 'fuzzy') return 'Re-attached by a close match: check it';
  return null;
}

/**
 * The article's highlights in reading order; choosing one scrolls to it and opens it for editing. Orphans awaiting
 * review are not given here: the review section above lists them.
 */
export function HighlightList({ highlights, isAnchored, index, activeId, onSelect, pageOf }: Props) {
  const counts = KINDS.map((k) => plural(highlights.filter((h) => h.kind === k).length, KIND_LABEL[k].toLowerCase())).join(' · ');
  return (
    <section aria-labelledby="highlights-title">
      <h2 id="highlights-title">Highlights</h2>
      {highlights.length === 0 ? (
        <p className="side-hint">
          Select text in the article to tag it as a claim, figure or quote (keys <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd>). Without a mouse: Tab to
          the text and press <kbd>Enter</kbd>.
        </p>
      ) : (
        <>
          <p className="side-counts">{counts}</p>
          <ol className="highlight-list">
            {highlights.map((h) => {
              const warning = anchorNote(h, isAnchored(h));
              const page = pageOf?.(h) ?? null;
              return (
                <li key={h.id}>
                  <button
                    type="button"
                    className={`highlight-item hl-item-${h.kind}${h.id === activeId ? ' is-active' : ''}`}
                    aria-current={h.id === activeId ? 'true' : undefined}
                    onClick={() => onSelect(h.id)}
                  >
                    <KindBadge kind={h.kind} />
                    <span className="highlight-exact">{h.target.quote.exact}</span>
                    {page !== null && <span className="highlight-page">Page {page}</span>}
                    {h.note && <span className="highlight-note">{h.note}</span>}
                    {h.tags.length > 0 && (
                      <span className="highlight-tags">
                        {h.tags.map((tag) => (
                          <span key={tag} className="tag">
                            {tag}
                          </span>
                        ))}
                      </span>
                    )}
                    <LinkSummary highlight={h} index={index} />
                    {warning && <span className="highlight-warning">{warning}</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
