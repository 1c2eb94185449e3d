import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import type { Block } from '../../../shared/model';

export interface ImportInput {
  /** File name (or a label for pasted text); its extension picks the importer. */
  name: string;
  bytes: Uint8Array;
}

/** What an importer makes of a document, before it is stored. */
export interface ParsedDocument {
  format: string;
  blocks: Block[];
  title: string;
  source: string | null;
  author: string | null;
  date: string | null;
  dateText: string | null;
  url: string | null;
  lang: string | null;
  /** Optional: importers that know more fill these in. */
  dir?: 'ltr' | 'rtl' | null;
  excerpt?: string | null;
  /** The sanitised article HTML, for sources that are HTML (kept with the content, for fidelity and export). */
  html?: string;
  warnings: string[];
}

export interface Importer {
  format: string;
  /** Lower-case, with the dot. */
  extensions: string[];
  description: string;
  parse(input: ImportInput): Promise<ParsedDocument> | ParsedDocument;
}

export const defineImporter = (importer: Importer): Importer => importer;

/** Formats by file extension. Files without an extension are tried as plain text. */
export class ImporterRegistry {
  private readonly byExtension = new Map<string, Importer>();

  constructor(importers: Importer[]) {
    for (const importer of importers) {
      for (const ext of importer.extensions) {
        if (this.byExtension.has(ext)) throw new Error(`Two importers claim ${ext}`);
        this.byExtension.set(ext, importer);
      }
    }
  }

  get extensions(): string[] {
    return [...this.byExtension.keys()];
  }

  /** @throws ApiError UNSUPPORTED when no importer takes this kind of file. */
  importerFor(name: string): Importer {
    const ext = path.extname(name).toLowerCase();
    const importer = this.byExtension.get(ext || '.txt');
    if (!importer) {
      throw new ApiError('UNSUPPORTED', `unsupported file type ${ext}; Sourcebook imports ${this.extensions.join(' ')}`);
    }
    return importer;
  }
}
