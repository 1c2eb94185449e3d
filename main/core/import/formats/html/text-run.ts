import type { Mark } from '../../../../../shared/model';

/** Invisible characters that would only get in the way of search and quoting. */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/**
 * The text of one block as it is assembled from DOM text nodes: white space collapsed the way a browser shows it
 * (so offsets match what the reader sees), with inline marks recorded as ranges of that text.
 */
export class TextRun {
  private text = '';
  private pendingSpace = false;
  private readonly marks: Mark[] = [];

  append(raw: string, pre: boolean): void {
    const value = raw.replace(INVISIBLE, '');
    if (pre) {
      this.flushSpace();
      this.text += value.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
      return;
    }
    for (const piece of value.split(/(\s+)/)) {
      if (piece === '') continue;
      if (/^\s/.test(piece)) this.space();
      else {
        this.flushSpace();
        this.text += piece;
      }
    }
  }

  /** A space, unless the run is empty or already ends in white space (a line break, a " | " separator). */
  space(): void {
    if (this.text !== '' && !/\s$/.test(this.text)) this.pendingSpace = true;
  }

  /** `<br>`: a line break inside the block; several in a row count as one. */
  lineBreak(): void {
    this.pendingSpace = false;
    if (this.text !== '' && !this.text.endsWith('\n')) this.text += '\n';
  }

  separator(value: string): void {
    this.pendingSpace = false;
    this.text += value;
  }

  /** Where a mark that starts now will begin: after the pending space, which belongs outside the mark. */
  markStart(): number {
    return this.text.length + (this.pendingSpace ? 1 : 0);
  }

  mark(type: Mark['type'], start: number, href?: string): void {
    // Spaces at the start of the element's text ("<b> Nobody</b>") belong outside the mark.
    while (start < this.text.length && /\s/.test(this.text[start]!)) start++;
    if (this.text.length > start) this.marks.push(href ? { start, end: this.text.length, type, href } : { start, end: this.text.length, type });
  }

  /** The finished text, trimmed, and its marks moved to match. */
  finish(pre: boolean): { text: string; marks: Mark[] } {
    const { text, map } = tidy(this.text, pre);
    const marks = this.marks
      .map((m) => ({ ...m, start: map[m.start]!, end: map[m.end]! }))
      .filter((m) => m.end > m.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return { text, marks };
  }

  private flushSpace(): void {
    if (this.pendingSpace) this.text += ' ';
    this.pendingSpace = false;
  }
}

/** Patterns of characters to drop from a finished run; for the collapsing ones the first character stays. */
const TRIM_PROSE: [RegExp, boolean][] = [
  [/^\s+/g, false],
  [/\s+$/g, false],
  [/ +(?=\n)/g, false],
  [/(?<=\n) +/g, false],
];
const TRIM_CODE: [RegExp, boolean][] = [
  [/^(?:[ \t]*\n)+/g, false],
  [/\s+$/g, false],
  [/[ \t]+(?=\n)/g, false],
  [/\n(?:[ \t]*\n)+/g, true], // blank lines inside code would read as a paragraph break in the body text
];

/**
 * Drops characters by the patterns and returns, for every offset of the input (and its end), the offset it has in
 * the output, so marks can follow.
 */
export function tidy(input: string, pre: boolean): { text: string; map: number[] } {
  const drop = new Array<boolean>(input.length).fill(false);
  for (const [pattern, keepFirst] of pre ? TRIM_CODE : TRIM_PROSE) {
    for (const match of input.matchAll(pattern)) {
      for (let i = match.index + (keepFirst ? 1 : 0); i < match.index + match[0].length; i++) drop[i] = true;
    }
  }
  const map: number[] = [];
  let text = '';
  for (let i = 0; i < input.length; i++) {
    map.push(text.length);
    if (!drop[i]) text += input[i];
  }
  map.push(text.length);
  return { text, map };
}
