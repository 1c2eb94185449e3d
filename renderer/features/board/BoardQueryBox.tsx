import { useEffect, useState } from 'react';
import { useDebouncedValue } from '../../components/useDebouncedValue';

/** Queries to start from, each with what it finds: a click puts it in the box. */
const EXAMPLES: { q: string; finds: string }[] = [
  { q: 'value:>1000000', finds: 'figures over a million' },
  { q: 'value:1m..10m unit:users', finds: 'between one and ten million users' },
  { q: 'status:disputed', finds: 'disputed claims' },
  { q: 'speaker:"Roskomnadzor"', finds: 'what someone said or claimed' },
  { q: 'kind:figure asof:2017', finds: 'figures that hold in 2017' },
  { q: 'tag:telegram source:"Moscow Times"', finds: 'by tag and by source' },
];

interface Props {
  value: string;
  onChange(q: string): void;
  error: string | null;
}

/**
 * The board's query: words plus field filters (value:, unit:, status:, speaker:, kind:, tag:, source:, series:,
 * asof:). Typing follows after a short pause; a bad query says why under the box and keeps the last rows.
 */
export function BoardQueryBox({ value, onChange, error }: Props) {
  const [text, setText] = useState(value);
  const settled = useDebouncedValue(text, 250);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (settled !== value) onChange(settled);
    // Only a settled change of the text is sent (not `value` changing): the route's own changes come back as `value`.
  }, [settled]);

  return (
    <div className="board-query">
      <label htmlFor="board-query-input">Query</label>
      <input
        id="board-query-input"
        type="search"
        value={text}
        spellCheck={false}
        autoComplete="off"
        placeholder='words, value:>1000000, unit:users, status:disputed, speaker:"…"'
        aria-describedby="board-query-error board-query-examples"
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(text);
        }}
      />
      {error && (
        <p id="board-query-error" className="board-query-error" role="alert">
          {error}
        </p>
      )}
      <details className="board-examples">
        <summary>Query examples</summary>
        <ul id="board-query-examples">
          {EXAMPLES.map((example) => (
            <li key={example.q}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setText(example.q);
                  onChange(example.q);
                }}
              >
                <code>{example.q}</code>
              </button>{' '}
              {example.finds}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
