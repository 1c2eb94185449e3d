// Before pdf.js: a DOMMatrix where Node has none (see dom-matrix.ts).
import './dom-matrix';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
// The worker code, loaded in this thread: it sets globalThis.pdfjsWorker, which pdf.js then uses directly
// instead of importing "./pdf.worker.mjs" by a path at run time — a path that would not exist once the core is
// bundled (the Electron main bundle). Parsing happens in this thread either way (Node has no web workers).
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ApiError } from '../../../../../shared/errors';
import type { Fragment } from './lines';

export interface PdfContent {
  /** Text fragments of each page, as pdf.js reports them. */
  pages: Fragment[][];
  title: string | null;
  author: string | null;
  lang: string | null;
}

/**
 * Reads the text layer of a PDF with pdf.js (the legacy build, which runs on Node 20; pdf.js 6 needs Node 22).
 * Scripts in the PDF are never run and no font is loaded: only positions and strings are needed.
 * @throws ApiError BAD_REQUEST for a password-protected, damaged or unreadable PDF.
 */
export async function extractPdf(bytes: Uint8Array): Promise<PdfContent> {
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js takes over (detaches) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw openError(error);
    });
    const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const pages: Fragment[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter((item): item is TextItem => 'str' in item).flatMap(fragment));
      page.cleanup();
    }
    return { pages, title: text(info.Title), author: text(info.Author), lang: text(info.Language) };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('BAD_REQUEST', `the PDF could not be read (${firstLine(error)})`);
  } finally {
    await task.destroy();
  }
}

/** Upright text only: rotated runs are margin stamps (arXiv's, "Downloaded from…") or figure labels, not prose. */
function fragment(item: TextItem): Fragment[] {
  const [a, b, c, d, x, y] = item.transform as number[];
  const size = Math.hypot(c!, d!) || item.height;
  if (!item.str || size <= 0 || Math.abs(b!) > 0.01 * Math.abs(a!) || a! <= 0) return [];
  return [{ text: item.str, x: x!, y: y!, width: item.width, size }];
}

function openError(error: unknown): ApiError {
  const name = (error as Error)?.name;
  if (name === 'PasswordException') return new ApiError('BAD_REQUEST', 'the PDF is password-protected; remove the password and import it again');
  if (name === 'InvalidPDFException') return new ApiError('BAD_REQUEST', 'the file is not a valid PDF (damaged or truncated)');
  return new ApiError('BAD_REQUEST', `the PDF could not be read (${firstLine(error)})`);
}

const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null;
}
