// Runs fuzz cases for harness.ts in a worker thread, so that a hang can be stopped (the harness terminates us) and
// memory is capped (resourceLimits). One target per worker: set up once, then one message per case.
import { statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { ApiError } from '../../shared/errors';
import { composeBody } from '../../main/core/articles/body';
import { createCore } from '../../main/core/index';
import { contentSchema } from '../../main/core/storage/schema';
import type { FuzzMessage, FuzzOutcome, FuzzTarget } from './harness';

const { target, seedFiles } = workerData as { target: FuzzTarget; seedFiles: { name: string; base64: string }[] };
// A notebook for the targets that need one (placing annotations, searching): on memory, it is thrown away.
const dir = await mkdtemp(path.join(existsShm() ? '/dev/shm' : os.tmpdir(), 'sourcebook-fuzz-'));
const core = await createCore({ dir, author: 'fuzz', snapshots: false, log: { error: () => undefined } });
for (const seed of seedFiles) await core.dispatch('import.content', { name: seed.name, dataBase64: seed.base64 });
await core.notebook.search.settle();

async function run(message: FuzzMessage): Promise<FuzzOutcome> {
  const bytes = message.base64 !== undefined ? new Uint8Array(Buffer.from(message.base64, 'base64')) : new Uint8Array();
  try {
    switch (target) {
      case 'import': {
        const parsed = await core.notebook.importers.importerFor(message.name).parse({ name: message.name, bytes });
        // What an importer returns is stored: it must be storable, and compose into a body.
        const stored = contentSchema.safeParse({ blocks: parsed.blocks, ...(parsed.html !== undefined ? { html: parsed.html } : {}) });
        if (!stored.success) return { kind: 'crash', message: `unstorable result: ${stored.error.issues[0]?.message}` };
        composeBody(parsed.blocks, false);
        if (typeof parsed.title !== 'string') return { kind: 'crash', message: 'no title' };
        return { kind: 'ok' };
      }
      case 'bundle':
      case 'annotations': {
        // Through the API, as the app and the CLI read them: a dry run plans the merge or the placement.
        const file = path.join(dir, `case-${message.id}-${path.basename(message.name)}`);
        await writeFile(file, bytes);
        try {
          const envelope = target === 'bundle'
            ? await core.dispatch('exchange.mergePreview', { path: file })
            : await core.dispatch('exchange.importAnnotations', { path: file, dryRun: true });
          if (envelope.ok) return { kind: 'ok' };
          if (envelope.error.code === 'INTERNAL') return { kind: 'crash', message: `INTERNAL: ${envelope.error.message}` };
          return { kind: 'refused', message: envelope.error.message };
        } finally {
          await rm(file, { force: true });
        }
      }
      case 'search': {
        const envelope = await core.dispatch('search.query', { q: message.q ?? '' });
        if (envelope.ok) return { kind: 'ok' };
        if (envelope.error.code === 'BAD_QUERY' || envelope.error.code === 'BAD_REQUEST') return { kind: 'refused', message: envelope.error.message };
        return { kind: 'crash', message: `${envelope.error.code}: ${envelope.error.message}` };
      }
    }
  } catch (error) {
    if (error instanceof ApiError) return { kind: 'refused', message: error.message };
    return { kind: 'crash', message: `${(error as Error)?.name}: ${String((error as Error)?.message ?? error).slice(0, 300)}` };
  }
}

parentPort!.on('message', (message: FuzzMessage) => {
  void run(message).then((outcome) => parentPort!.postMessage({ id: message.id, outcome }));
});
parentPort!.postMessage({ ready: true });

function existsShm(): boolean {
  try {
    return statSync('/dev/shm').isDirectory();
  } catch {
    return false;
  }
}
