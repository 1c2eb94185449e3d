// Guessing the encoding of text that carries no byte-order mark. Sourcebook's sources are mostly English and
// Western European (Windows-1252) or Russian (Windows-1251 or KOI8-R), so instead of a general detector that may
// answer Shift_JIS or ISO-8859-7 for a short Russian note, this chooses between those three with two simple,
// well-separated signals: how high bytes cluster into words, and Russian letter frequencies.

import iconv from 'iconv-lite';

export type SingleByteEncoding = 'windows-1252' | 'windows-1251' | 'koi8-r';

/**
 * Russian letter frequencies in per cent (Russian National Corpus, as quoted by Wikipedia "Russian alphabet").
 * Only their logarithms are used, so the exact figures matter little.
 */
const RUSSIAN_FREQUENCY: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49, м: 3.21,
  д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44, й: 1.21, х: 0.97,
  ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
};

/** An uppercase letter right after a lowercase one ("пРИВЕТ") is what a wrong Cyrillic code page produces. */
const CASE_FLIP_PENALTY = 4;

/**
 * Picks the single-byte encoding of bytes that are not UTF-8. Russian text, in either code page, shows up as whole
 * words of high bytes; Western text has a few accented letters inside mostly ASCII words.
 */
export function detectSingleByteEncoding(bytes: Uint8Array): SingleByteEncoding {
  if (!looksCyrillic(bytes)) return 'windows-1252';
  return russianScore(decode(bytes, 'koi8-r')) > russianScore(decode(bytes, 'windows-1251')) ? 'koi8-r' : 'windows-1251';
}

const decode = (bytes: Uint8Array, encoding: string): string => iconv.decode(Buffer.from(bytes), encoding);

const isAsciiLetter = (byte: number): boolean => (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a;

/**
 * Words (runs of ASCII letters and letter-range high bytes) that contain a high byte: in Russian nearly all of them
 * are made only of high bytes; in French or German almost none are ("élève", "Bürger", "ÉTÉ" all hold ASCII).
 */
function looksCyrillic(bytes: Uint8Array): boolean {
  let withHigh = 0;
  let onlyHigh = 0;
  let high = 0;
  let letters = 0;
  const endWord = (): void => {
    if (letters >= 2 && high > 0) {
      withHigh++;
      if (high === letters) onlyHigh++;
    }
    high = 0;
    letters = 0;
  };
  for (const byte of bytes) {
    // In all three code pages 0x80–0xBF hold punctuation (quotes, dashes) and, in KOI8-R, box drawing: not letters.
    if (byte >= 0xc0) {
      high++;
      letters++;
    } else if (isAsciiLetter(byte)) letters++;
    else endWord();
  }
  endWord();
  return withHigh > 0 && onlyHigh / withHigh > 0.5;
}

/**
 * How Russian a decoded text looks: the mean log frequency of its Cyrillic letters, less a penalty for case flips
 * inside words. The wrong code page swaps case (KOI8-R and Windows-1251 put lower and upper case in opposite
 * halves) and scrambles the alphabet, so both signals point the same way except in all-capitals text, where the
 * frequencies alone decide.
 */
export function russianScore(text: string): number {
  let sum = 0;
  let count = 0;
  let flips = 0;
  let previous = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const frequency = RUSSIAN_FREQUENCY[lower];
    if (frequency !== undefined) {
      sum += Math.log(frequency);
      count++;
      if (char !== lower && previous !== '' && previous === previous.toLowerCase() && RUSSIAN_FREQUENCY[previous] !== undefined) flips++;
    }
    previous = char;
  }
  return count === 0 ? -Infinity : (sum - flips * CASE_FLIP_PENALTY) / count;
}

/**
 * UTF-16 without a byte-order mark: text that is mostly ASCII has a NUL in every other byte. Returns the byte
 * order, or null when the NULs do not line up that way (then the bytes are not UTF-16, or not ASCII-heavy).
 */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = sample.length / 2;
  if (oddNul > half * 0.4 && evenNul < half * 0.02) return 'utf-16le';
  if (evenNul > half * 0.4 && oddNul < half * 0.02) return 'utf-16be';
  return null;
}

/**
 * Bytes that are UTF-8 but for a stray byte or two (a file cut mid-character, one pasted Windows-1252 quote):
 * at least a few well-formed multi-byte sequences, and one broken byte, or one in twenty, at most. Such text
 * is better read as UTF-8 with a replacement character than as a legacy code page, which would garble every
 * non-ASCII letter.
 */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += length - 1;
    } else bad++;
  }
  return good >= 3 && bad <= Math.max(1, good / 20);
}
