import path from 'node:path/posix';
import { ApiError } from '../../../shared/errors';
import type { ImportResult } from '../../../shared/model';
import type { Notebook } from '../notebook';
import { decodeHtml } from './formats/html/decode-html';
import { describe, importContent } from './import-service';

export interface FetchOptions {
  /** For the whole exchange, redirects and body included. Default 20 s. */
  timeoutMs?: number;
  /** The most the body may be; reading stops as soon as it is passed. Default 20 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
}

export const FETCH_DEFAULTS: Required<FetchOptions> = { timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Media types of the other formats Sourcebook imports, as the extension their importer answers to. */
const TYPE_EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/epub+zip': '.epub',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'text/plain': '.txt',
  'text/markdown': '.md',
  'text/x-markdown': '.md',
};

interface Fetched {
  url: URL;
  type: string;
  charset: string | null;
  bytes: Uint8Array;
}

/**
 * Fetches a web page (or a PDF, EPUB, DOCX, text file) and imports it. Only http and https, also for every
 * redirect; the whole exchange is bounded in time, the body in size (the download stops as soon as it is too
 * big) and redirects in number. A page keeps its address: it is stored as a saved page is, with the browsers'
 * `<!-- saved from url=… -->` mark, which the HTML importer reads as its URL.
 * Never throws: every failure is an error result with a one-line reason.
 */
export async function importUrl(nb: Notebook, url: string, options: FetchOptions = {}): Promise<ImportResult> {
  try {
    const fetched = await fetchLimited(url, { ...FETCH_DEFAULTS, ...options });
    const { name, bytes } = asDocument(fetched, nb.importers.extensions);
    const result = await importContent(nb, name, bytes, { url: fetched.url.href });
    return { ...result, file: fetched.url.href };
  } catch (error) {
    return { file: url, status: 'error', error: describe(error) };
  }
}

/** @throws ApiError for a refused address, a redirect loop, a timeout, an error status or a body too large. */
export async function fetchLimited(address: string, options: Required<FetchOptions>): Promise<Fetched> {
  let url = httpUrl(address, 'only http and https addresses can be imported');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: 'manual', // every hop is checked here, not followed blindly
        signal: controller.signal,
        headers: { accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5', 'user-agent': 'Sourcebook (offline research notebook)' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= options.maxRedirects) throw new ApiError('BAD_REQUEST', `too many redirects (more than ${options.maxRedirects})`);
        url = httpUrl(new URL(response.headers.get('location')!, url).href, 'the address redirected to a non-http(s) address; only http and https are followed');
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ApiError('BAD_REQUEST', `the server answered ${response.status} ${response.statusText}`.trim());
      }
      const [type = '', ...params] = (response.headers.get('content-type') ?? '').split(';').map((s) => s.trim());
      const charset = params.find((p) => /^charset=/i.test(p))?.slice(8).replace(/"/g, '') ?? null;
      return { url, type: type.toLowerCase(), charset, bytes: await readLimited(response, options.maxBytes, controller) };
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof ApiError)) {
      throw new ApiError('BAD_REQUEST', `the server did not answer within ${Math.round(options.timeoutMs / 100) / 10} s`);
    }
    if (error instanceof ApiError) throw error;
    // fetch() wraps the network error ("fetch failed"); its cause says what happened (ECONNREFUSED, ENOTFOUND…).
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new ApiError('BAD_REQUEST', `the page could not be fetched (${cause?.code ?? cause?.message ?? (error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body, stopping (and aborting the download) as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  const tooBig = new ApiError('BAD_REQUEST', `the download is larger than ${megabytes(maxBytes)}; refused`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    controller.abort();
    throw tooBig;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
    total += chunk.value.length;
    if (total > maxBytes) {
      controller.abort();
      throw tooBig;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** What to hand to the importers: a page as UTF-8 with its address marked in it, other formats as they came. */
function asDocument(fetched: Fetched, extensions: string[]): { name: string; bytes: Uint8Array } {
  const base = path.basename(decodeURIComponentSafe(fetched.url.pathname)) || fetched.url.hostname;
  const ext = path.extname(base).toLowerCase();
  if (HTML_TYPES.has(fetched.type) || (!fetched.type && (ext === '.html' || ext === '.htm'))) {
    const html = decodeHtml(fetched.bytes, fetched.charset);
    const href = fetched.url.href;
    const marked = `<!-- saved from url=(${String(href.length).padStart(4, '0')})${href} -->\n${html}`;
    // UTF-8 with a byte-order mark, which outranks whatever charset the page's own <meta> declares.
    return { name: `${stem(base)}.html`, bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(marked, 'utf8')]) };
  }
  const byType = TYPE_EXTENSIONS[fetched.type];
  if (byType) return { name: `${stem(base)}${byType}`, bytes: fetched.bytes };
  // A server that says nothing useful (application/octet-stream): the address's extension may.
  if ((!fetched.type || fetched.type === 'application/octet-stream') && ext && extensions.includes(ext)) return { name: base, bytes: fetched.bytes };
  throw new ApiError('UNSUPPORTED', `the address returns ${fetched.type || 'content of no stated type'}, not a page or document Sourcebook imports`);
}

function httpUrl(address: string, refusal: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new ApiError('BAD_REQUEST', `not a web address: ${address.trim().slice(0, 80)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ApiError('BAD_REQUEST', refusal);
  return url;
}

const stem = (name: string): string => (name.replace(/\.[^.]*$/, '') || 'page').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80);
const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
