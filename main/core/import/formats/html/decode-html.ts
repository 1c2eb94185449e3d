import iconv from 'iconv-lite';
import { ApiError } from '../../../../../shared/errors';
import { byBom, decodeUtf8OrLegacy } from '../../decode-text';

/**
 * Decodes an HTML file the way a browser would, minus the network: a byte-order mark first, then the charset the
 * page declares in its first 1024 bytes (`<meta charset>` or `http-equiv`), or the one a server sent; without
 * either, UTF-8 or the detected legacy code page (see decode-text).
 * @throws ApiError BAD_REQUEST when the file is empty.
 */
export function decodeHtml(bytes: Uint8Array, declared?: string | null): string {
  if (bytes.length === 0) throw new ApiError('BAD_REQUEST', 'the file is empty');
  const bom = byBom(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const charset = usable(declared) ?? usable(sniffCharset(bytes));
  // A page that says UTF-8 but is not is decoded by detection rather than filled with replacement characters.
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return iconv.decode(Buffer.from(bytes), charset);
  return decodeUtf8OrLegacy(bytes);
}

/** The charset named in `<meta charset=…>` or `<meta http-equiv=content-type content="…; charset=…">`. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

function usable(charset: string | null | undefined): string | null {
  if (!charset) return null;
  const name = charset.trim().toLowerCase();
  // HTML maps these labels to windows-1252 (WHATWG Encoding): pages that say Latin-1 use 0x80–0x9F as 1252 does.
  if (name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii' || name === 'ascii') return 'windows-1252';
  return iconv.encodingExists(name) ? name : null;
}
