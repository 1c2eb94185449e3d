import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import { commitWrites, isMissing, prepareWrite } from './atomic-file';
import type { PreparedWrite } from './atomic-file';
import { sealedJson, unsealedJson } from './sealed-json';

/** Thrown when a notebook file cannot be parsed or does not have the expected shape. The file is left untouched. */
export class CorruptFileError extends ApiError {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      'CORRUPT',
      `${file} is corrupt (${reason}); it was left untouched. Run "sourcebook restore" to go back to its last good copy.`,
    );
  }
}

/**
 * A lowdb adapter for one JSON file: atomic writes that keep the previous version as `.bak`, and reads that
 * validate the content against a schema instead of trusting whatever is on disk. A `sealed` file carries the
 * digest of its text (sealed-json.ts), and is validated only when that does not match.
 */
export class JsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly options: { sealed?: boolean } = {},
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    const trusted = this.options.sealed ? unsealedJson(bytes) : null;
    return trusted ? (trusted as T) : parseJsonFile(this.file, bytes.toString('utf8'), this.schema);
  }

  async write(data: T): Promise<void> {
    await commitWrites([await this.prepare(data)]);
  }

  /** Writes `data` beside the file without replacing it yet (see commitWrites), for commits that span files. */
  prepare(data: T): Promise<PreparedWrite> {
    const text = this.options.sealed ? sealedJson(data as object) : JSON.stringify(data);
    return prepareWrite(this.file, text, { backup: true });
  }
}

export function parseJsonFile<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CorruptFileError(file, (error as Error).message);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorruptFileError(file, `${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'unexpected shape'}`);
  }
  return parsed.data;
}
