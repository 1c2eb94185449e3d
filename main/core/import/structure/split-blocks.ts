/**
 * Splits plain text into paragraphs. Blank lines separate paragraphs; inside one, lines are joined when they look
 * hard-wrapped (long lines breaking mid-sentence) and kept apart otherwise (menus, one-sentence-per-line scrapes).
 */
export function splitBlocks(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n');
  const blocks: string[] = [];
  for (const chunk of normalised.split(/\n[ \t\u00a0]*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0\u200b\ufeff]+$/u, '').replace(/^[\ufeff\u200b]+/u, ''))
      .filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (looksHardWrapped(lines)) blocks.push(lines.map((l) => l.trim()).join(' '));
    else blocks.push(...lines.map((l) => l.trim()));
  }
  return blocks;
}

const SENTENCE_END = /[.!?:;"'”’»)\]]$/u;

function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const longest = Math.max(...lines.map((l) => l.length));
  if (longest < 40) return false;
  const inner = lines.slice(0, -1);
  const wrapped = inner.filter((l) => l.length >= longest * 0.6 && !SENTENCE_END.test(l.trim()));
  return wrapped.length >= inner.length * 0.6;
}
