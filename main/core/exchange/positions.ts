// Sourcebook keeps offsets in UTF-16 code units (JavaScript strings); the open formats count Unicode code points
// (W3C Web Annotation 4.2.4/4.2.5, REFI-QDA 10.2). A character outside the Basic Multilingual Plane (most emoji)
// is two units but one code point, so every exported or imported offset goes through here.

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Converts offsets of one text between UTF-16 units and code points; built once per text, O(log n) per offset. */
export class CodePoints {
  /** UTF-16 offsets where a surrogate pair starts, ascending. */
  private readonly pairs: number[] = [];
  readonly units: number;
  readonly length: number;

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) this.pairs.push(i++);
    }
    this.units = text.length;
    this.length = text.length - this.pairs.length;
  }

  /** The code point offset of a UTF-16 offset (one inside a pair counts as after it). */
  fromUnits(offset: number): number {
    return offset - countBelow(this.pairs, offset);
  }

  /** The UTF-16 offset of a code point offset; undefined when past the end. */
  toUnits(codePoint: number): number | undefined {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.length) return undefined;
    // Each pair before the position adds one unit: find the smallest offset u with u - pairsBefore(u) = codePoint.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pairs[mid]! - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }
}

/** How many of the sorted values are below `limit`. */
function countBelow(sorted: number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
