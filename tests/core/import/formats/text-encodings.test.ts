import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../main/core/import/decode-text';
import { detectSingleByteEncoding, detectUtf16 } from '../../../../main/core/import/detect-encoding';
import { plainTextImporter } from '../../../../main/core/import/formats/plain-text';

const RUSSIAN = [
  'Привет, мир!',
  'Да',
  'Министерство финансов России сообщило в понедельник, что дефицит бюджета вырос до 3,2 трлн рублей.',
  'В Москве прошёл митинг. Полиция задержала 20 человек, сообщает "ОВД-Инфо".', // KOI8-R has no guillemets
  'ГОСДУМА ПРИНЯЛА ЗАКОН О ЦЕНЗУРЕ', // all capitals: only letter frequencies can tell the code pages apart
  'English text with one Russian word, Москва, in it.',
];
const WESTERN = [
  'Naïve estimates put the cost at €30 million, officials said.',
  'Die Bürger in München ärgern sich über die Straßenbahn.',
  'Le ministère a déclaré que les élèves étaient à l’école. Été, où, ça.',
  'Smart “quotes” — and dashes… ‘single’ too',
  'ÉTÉ À PARIS',
  'Ångström, Øresund, Ærø, señor, São Paulo',
];

describe('detecting single-byte encodings', () => {
  it.each(RUSSIAN)('reads Windows-1251 and KOI8-R Russian right: %s', (text) => {
    expect(detectSingleByteEncoding(iconv.encode(text, 'windows-1251'))).toBe('windows-1251');
    expect(detectSingleByteEncoding(iconv.encode(text, 'koi8-r'))).toBe('koi8-r');
    expect(decodeText(iconv.encode(text, 'windows-1251'))).toBe(text);
    expect(decodeText(iconv.encode(text, 'koi8-r'))).toBe(text);
  });

  it.each(WESTERN)('reads Western text as Windows-1252: %s', (text) => {
    expect(detectSingleByteEncoding(iconv.encode(text, 'windows-1252'))).toBe('windows-1252');
    expect(decodeText(iconv.encode(text, 'windows-1252'))).toBe(text);
  });
});

describe('Unicode text', () => {
  const text = 'Café «Пушкин» — 東京 😀';

  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(decodeText(iconv.encode(text, 'utf-16be', { addBOM: true }))).toBe(text);
  });

  it('recognises UTF-16 without a byte-order mark by its NULs', () => {
    const ascii = 'The council met on Tuesday. Café prices rose by 5%.';
    expect(detectUtf16(Buffer.from(ascii, 'utf16le'))).toBe('utf-16le');
    expect(detectUtf16(iconv.encode(ascii, 'utf-16be'))).toBe('utf-16be');
    expect(decodeText(Buffer.from(ascii, 'utf16le'))).toBe(ascii);
    expect(decodeText(iconv.encode(ascii, 'utf-16be'))).toBe(ascii);
    expect(detectUtf16(Buffer.from(ascii, 'utf8'))).toBeNull();
  });

  it('reads UTF-8 with a stray broken byte as UTF-8, not as a legacy code page', () => {
    const text = 'Ціна зросла — «Café» в Києві, сказав мер.';
    const cut = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from('ж', 'utf8').subarray(0, 1)]); // cut mid-character
    expect(decodeText(cut)).toBe(`${text}\ufffd`);
    const stray = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0x93]), Buffer.from(' Кінець.', 'utf8')]); // one Windows-1252 quote
    expect(decodeText(stray)).toBe(`${text}\ufffd Кінець.`);
  });

  it('refuses binary data, empty files and broken UTF-16 in one line', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(/^the file is empty$/);
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]))).toThrow(/^the file is binary, not text$/);
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]))).toThrow(/^the file claims to be utf-16le but is not valid utf-16le$/);
  });
});

describe('plain-text import in legacy encodings', () => {
  it('imports a KOI8-R article without mojibake', async () => {
    const article = 'Цены на хлеб выросли\n\nЦены на хлеб в Москве выросли на 12 процентов за год, сообщил в среду Росстат, ссылаясь на данные по крупным городам.';
    const doc = await plainTextImporter.parse({ name: 'hleb.txt', bytes: iconv.encode(article, 'koi8-r') });
    expect(doc.title).toBe('Цены на хлеб выросли');
    expect(doc.blocks.map((b) => b.text)).toContain('Цены на хлеб в Москве выросли на 12 процентов за год, сообщил в среду Росстат, ссылаясь на данные по крупным городам.');
  });
});
