import { memo, useMemo } from 'react';
import type { CSSProperties, ReactNode, Ref } from 'react';
import type { Article, Highlight, Mark } from '../../../shared/model';
import type { Span } from '../../app/route';
import { layoutBody } from './segments';
import type { LaidOutBlock, Segment, SuggestedSpan } from './segments';

interface Props {
  body: string;
  blocks: Article['blocks'] | undefined;
  highlights: Highlight[];
  /** The selection being tagged, drawn once the browser's own selection is gone (focus moved to the toolbar). */
  pending: Span | null;
  /** The parser's suggestions, drawn dashed; `current` is the one being decided on. */
  suggestions?: SuggestedSpan[];
  currentSuggestion?: string | null;
  ref?: Ref<HTMLDivElement>;
}

/**
 * The article text as blocks of segments. Every text node sits alone in an element with `data-offset` (its
 * body position), which is what lets a selection map back to body offsets exactly; formatting wraps around it.
 */
export const ArticleBody = memo(function ArticleBody({ body, blocks, highlights, pending, suggestions, currentSuggestion = null, ref }: Props) {
  const laidOut = useMemo(() => layoutBody(body, blocks, highlights, pending, suggestions), [body, blocks, highlights, pending, suggestions]);
  return (
    <div className="article-body" ref={ref}>
      {groupLists(laidOut).map((group) =>
        Array.isArray(group) ? (
          <ul key={group[0]!.start}>
            {group.map((block) => (
              <li key={block.start}>{renderSegments(body, block, currentSuggestion)}</li>
            ))}
          </ul>
        ) : (
          <BlockElement key={group.start} block={group}>
            {renderSegments(body, group, currentSuggestion)}
          </BlockElement>
        ),
      )}
    </div>
  );
});

/** Consecutive list items become one list. */
function groupLists(blocks: LaidOutBlock[]): (LaidOutBlock | LaidOutBlock[])[] {
  const out: (LaidOutBlock | LaidOutBlock[])[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.layout === 'li' && Array.isArray(last)) last.push(block);
    else out.push(block.layout === 'li' ? [block] : block);
  }
  return out;
}

function BlockElement({ block, children }: { block: LaidOutBlock; children: ReactNode }) {
  switch (block.layout) {
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const Heading = block.layout;
      return <Heading>{children}</Heading>;
    }
    case 'blockquote':
      return <blockquote>{children}</blockquote>;
    case 'pre':
      return <pre>{children}</pre>;
    case 'caption':
      return <p className="caption">{children}</p>;
    case 'standfirst':
      return <p className="standfirst">{children}</p>;
    default:
      return <p>{children}</p>;
  }
}

function renderSegments(body: string, block: LaidOutBlock, current: string | null): ReactNode {
  return block.segments.map((segment) => (
    <SegmentText key={segment.start} segment={segment} text={body.slice(segment.start, segment.end)} current={current} />
  ));
}

function SegmentText({ segment, text, current }: { segment: Segment; text: string; current: string | null }) {
  const { highlights, pending, start, marks, suggestion } = segment;
  let node: ReactNode;
  if (suggestion && highlights.length === 0 && !pending) {
    // A suggestion: dashed in its kind's colour, solid-edged while it is the one being decided on.
    node = (
      <mark data-offset={start} data-suggestion={suggestion.id} className={`sg sg-${suggestion.kind}${suggestion.id === current ? ' is-current' : ''}`}>
        {text}
      </mark>
    );
  } else if (highlights.length === 0 && !pending) {
    node = <span data-offset={start}>{text}</span>;
  } else {
    const innermost = highlights.at(-1);
    const className = [
      'hl',
      innermost ? `hl-${innermost.kind}` : '',
      highlights.length > 1 ? 'is-overlap' : '',
      pending ? 'is-pending' : '',
      // A suggestion over highlighted words (a figure inside a tagged quote) is dashed around the highlight.
      suggestion ? `sg sg-${suggestion.kind}${suggestion.id === current ? ' is-current' : ''}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    node = (
      <mark
        data-offset={start}
        data-highlights={highlights.map((h) => h.id).join(' ') || undefined}
        data-suggestion={suggestion?.id}
        className={className}
        style={layers(highlights)}
      >
        {text}
      </mark>
    );
  }
  return marks.reduceRight<ReactNode>((inner, mark) => wrap(mark, inner), node);
}

/** Inline formatting around a segment. Links open outside the app (see the reader's click handler). */
function wrap(mark: Mark, inner: ReactNode): ReactNode {
  switch (mark.type) {
    case 'strong':
      return <strong>{inner}</strong>;
    case 'em':
      return <em>{inner}</em>;
    case 'code':
      return <code>{inner}</code>;
    case 'link':
      return mark.href ? (
        <a href={mark.href} target="_blank" rel="noopener noreferrer" className="article-link-external">
          {inner}
        </a>
      ) : (
        inner
      );
  }
}

/**
 * Overlapping highlights: the innermost gives the background, and every covering highlight adds an underline
 * band in its kind's colour (innermost nearest the text), so nesting stays visible. Set through React's style
 * prop, i.e. the CSSOM, which the page's CSP allows (unlike style attributes in HTML).
 */
function layers(highlights: Highlight[]): CSSProperties | undefined {
  if (highlights.length < 2) return undefined;
  const bands = [...highlights].reverse().map((h, i) => `inset 0 -${3 * (i + 1)}px 0 var(--${h.kind}-line)`);
  return { boxShadow: bands.join(', ') };
}
