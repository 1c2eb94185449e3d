import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Block } from '../../../shared/model';
import { writeFileAtomic } from './atomic-file';
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

  async put(content: StoredContent): Promise<string> {
    const json = JSON.stringify(content);
    const hash = sha256(json);
    const file = this.fileOf(hash);
    const present = await access(file).then(
      () => true,
      () => false,
    );
    if (!present) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, json);
    }
    return hash;
  }

  async get(hash: string): Promise<StoredContent> {
    const cached = this.cache.get(hash);
    if (cached) return cached;
    const file = this.fileOf(hash);
    const content = parseJsonFile(file, await readFile(file, 'utf8'), contentSchema);
    if (this.cache.size > 200) this.cache.delete(this.cache.keys().next().value!);
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
