import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** The project root (where package.json is). */
export const PROJECT_ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
/** Material handed to the project, beside it (read-only; not part of the project). */
export const SHARED_DIR = path.resolve(PROJECT_ROOT, '..', 'shared');
export const SEEDS_DIR = path.join(SHARED_DIR, 'corpus', 'seeds');

export const sharedAvailable = existsSync(SEEDS_DIR);

/** The seed articles' paths, sorted; empty when ../shared is absent. */
export const seedFiles = (): string[] =>
  sharedAvailable ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS_DIR, f)) : [];

/** `describe` that skips, with a visible message, when ../shared is not beside the project. */
export function describeWithShared(name: string, body: () => void): void {
  if (!sharedAvailable) {
    console.warn(`[skipped] ${name}: ${SHARED_DIR} is absent (tests over the shared corpus need it beside the project)`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}
