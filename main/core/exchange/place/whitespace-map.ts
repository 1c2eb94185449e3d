// Two texts that differ only in white space (CR LF against LF, a blank line between paragraphs, spaces at the ends
// of lines) are the same text to an article id (its hash is taken with white space collapsed). This maps offsets
// between them through that collapsed form, so a coding in a source file lands on the same words of the body.

export class WhitespaceMap {
  /** The text with each run of white space as one space, trimmed (as the body hash sees it). */
  readonly normal: string;
  /** For each character of `normal`, its UTF-16 offset in the text. */
  private readonly origin: number[];

  constructor(text: string) {
    let out = '';
    const origin: number[] = [];
    let pendingSpace = -1;
    for (let i = 0; i < text.length; i++) {
      if (/\s/.test(text[i]!)) {
        if (pendingSpace === -1 && out !== '') pendingSpace = i;
        continue;
      }
      if (pendingSpace !== -1) {
        out += ' ';
        origin.push(pendingSpace);
        pendingSpace = -1;
      }
      out += text[i];
      origin.push(i);
    }
    this.normal = out;
    this.origin = origin;
  }

  /** The offset in `normal` of a text offset: the first kept character at or after it. */
  toNormal(offset: number): number {
    let lo = 0;
    let hi = this.origin.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.origin[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The text range of a range of `normal`. */
  fromNormal(start: number, end: number): { start: number; end: number } | undefined {
    if (start >= end || end > this.origin.length) return undefined;
    return { start: this.origin[start]!, end: this.origin[end - 1]! + 1 };
  }
}
