import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Block } from '../../../shared/model';
import { isMissing, storageError, writeFileAtomic } from './atomic-file';
import { parseJsonFile } from './json-file';
import { contentSchema } from './schema';
import type { StoredContent } from './schema';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * Article text, stored apart from the catalogue: one immutable file per distinct content, named by its hash, so
 * saving a highlight never rewrites article text and the same content is stored once.
 */
export class ContentStore {
  private readonly cache = new Map<string, StoredContent>();

  constructor(private readonly dir: string) {}

  /** The hash `put` will file this content under. */
  static hashOf(content: StoredContent): string {
    return sha256(JSON.stringify(content));
  }

  async put(content: StoredContent): Promise<string> {
    const json = JSON.stringify(content);
    const hash = sha256(json);
    const file = this.fileOf(hash);
    const present = await access(file).then(
      () => true,
      () => false,
    );
    if (!present) await this.write(file, json);
    return hash;
  }

  /** Writes a new content file; a failure says why in one line (see storageError). */
  private async write(file: string, data: string | Uint8Array): Promise<void> {
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, data);
    } catch (error) {
      // A recursive mkdir on a read-only file system reports ENOENT: ask the folder itself what is wrong.
      if (isMissing(error)) await access(this.dir, constants.W_OK).catch((cause: unknown) => Promise.reject(storageError(cause)));
      throw storageError(error);
    }
  }

  /** The stored file's exact bytes (their sha256 is `hash`), for copying content between notebooks unchanged. */
  async raw(hash: string): Promise<Uint8Array> {
    return readFile(this.fileOf(hash));
  }

  /**
   * Stores bytes received from elsewhere under their hash, after checking that they are what the name says and
   * have the shape of stored content. Re-serialising would change key order and so the hash: keep the bytes.
   */
  async putRaw(hash: string, bytes: Uint8Array): Promise<void> {
    const file = this.fileOf(hash);
    if (sha256(bytes) !== hash) throw new Error(`content ${hash.slice(0, 12)}… does not match its hash`);
    parseJsonFile(file, new TextDecoder('utf-8', { fatal: true }).decode(bytes), contentSchema);
    if (await access(file).then(() => true, () => false)) return;
    await this.write(file, bytes);
  }

  async get(hash: string): Promise<StoredContent> {
    const cached = this.cache.get(hash);
    if (cached) return cached;
    const file = this.fileOf(hash);
    const content = parseJsonFile(file, await readFile(file, 'utf8'), contentSchema);
    if (this.cache.size > 2000) this.cache.delete(this.cache.keys().next().value!); // ~10 MB of recent articles
    this.cache.set(hash, content);
    return content;
  }

  async blocks(hash: string): Promise<Block[]> {
    return (await this.get(hash)).blocks;
  }

  /** Two-level fan-out keeps directories small at 50,000 articles. */
  private fileOf(hash: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`Not a content hash: ${hash}`);
    return path.join(this.dir, hash.slice(0, 2), `${hash}.json`);
  }
}
