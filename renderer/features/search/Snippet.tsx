import type { SearchMatch } from '../../../shared/model';

/** The snippet with its matched terms marked (`matches` are offsets into the snippet). */
export function Snippet({ text, matches }: { text: string; matches: SearchMatch[] }) {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue; // overlapping or out-of-range match: already covered
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return (
    <span className="snippet">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
