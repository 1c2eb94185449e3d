// Dismissed suggestions, remembered per article so that a suggest pass does not propose them again. Kept in the
// notebook folder beside the catalogue (evidence/dismissed.json) with the storage layer's atomic, validated JSON
// file; they are personal triage, so they do not travel in bundles.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { JsonFile } from '../storage/json-file';

const fileSchema = z.object({
  version: z.literal(1),
  /** article id → ids of the suggestions dismissed in it */
  dismissed: z.record(z.string(), z.array(z.string().max(64)).max(100_000)),
});
type DismissalFile = z.infer<typeof fileSchema>;

export class Dismissals {
  private data: DismissalFile = { version: 1, dismissed: {} };
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly file: JsonFile<DismissalFile>) {}

  static async open(notebookDir: string): Promise<Dismissals> {
    const dir = path.join(notebookDir, 'evidence');
    await mkdir(dir, { recursive: true });
    const store = new Dismissals(new JsonFile(path.join(dir, 'dismissed.json'), fileSchema));
    store.data = (await store.file.read()) ?? store.data;
    return store;
  }

  of(articleId: string): Set<string> {
    return new Set(this.data.dismissed[articleId] ?? []);
  }

  /** Adds (or with `undo`, removes) dismissals; writes run one at a time, in call order. */
  update(articleId: string, ids: string[], undo = false): Promise<number> {
    const run = this.queue.then(async () => {
      const set = this.of(articleId);
      for (const id of ids) {
        if (undo) set.delete(id);
        else set.add(id);
      }
      const dismissed = { ...this.data.dismissed, [articleId]: [...set] };
      if (set.size === 0) delete dismissed[articleId];
      const next = { version: 1 as const, dismissed };
      await this.file.write(next);
      this.data = next;
      return set.size;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
