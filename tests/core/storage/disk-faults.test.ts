import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Input, Method, Result } from '../../../shared/api';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { InProcessEngine } from '../../../main/core/search/engine/search-engine';
import type { SearchEngine } from '../../../main/core/search/engine/search-engine';
import { faults } from '../../helpers/faulty-fs';
import { mountSmallDisk } from '../../helpers/small-disk';
import type { SmallDisk } from '../../helpers/small-disk';
import { tempDir } from '../../helpers/temp-dir';

// Transparent until a stubbed disk below sets a fault; the real tmpfs needs none of it.
vi.mock('node:fs/promises', async (importOriginal) => (await import('../../helpers/faulty-fs')).wrap(await importOriginal()));

type Envelope = Awaited<ReturnType<Core['dispatch']>>;
const send = <M extends Method>(core: Core, method: M, params: Input<M>): Promise<Envelope> => core.dispatch(method, params);
async function call<M extends Method>(core: Core, method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as Result<M>;
}

const text = (title: string, body: string): string => Buffer.from(`${title}\n\n${body}\n`).toString('base64');
const FERRY = text('Ferry report', 'The night ferry carried 1,200 extra passengers a week, officials said on Monday.');
const LIBRARY = text('Library hours', 'The library opens at nine on weekdays from March, the council said.');

/** Every file of the notebook and its bytes: the state that a failed write must leave exactly as it was. */
async function snapshotFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!name.isFile() || name.name === 'notebook.lock' || name.name === 'filler') continue;
    const file = path.join(name.parentPath, name.name);
    out.set(path.relative(dir, file), await readFile(file, 'latin1'));
  }
  return out;
}

/** A teammate's bundle with an article this notebook does not have, on another (roomy) disk. */
async function teammateBundle(): Promise<string> {
  const core = await createCore({ dir: await tempDir(), author: 'bo', snapshots: false });
  const { articleId } = await call(core, 'import.content', { name: 'library.txt', dataBase64: LIBRARY });
  await call(core, 'highlights.create', { articleId: articleId!, kind: 'claim', quote: 'opens at nine' });
  const file = path.join(await tempDir(), 'week.sourcebook');
  await call(core, 'exchange.export', { format: 'bundle', path: file });
  await core.close();
  return file;
}

/** The same faults without a mount: node:fs/promises refuses writes under the folder (see faulty-fs.ts). */
function stubbedDisk(): SmallDisk {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcebook-stubbed-disk-'));
  const set = (mode: typeof faults.mode): void => void Object.assign(faults, { under: dir, mode });
  return {
    dir,
    fill: async () => set('ENOSPC'),
    free: async () => set(null),
    readOnly: (on) => set(on ? 'EROFS' : null),
    unmount: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// A real tmpfs where this machine allows mounting one (root, as CI), and the stubbed writer in any case.
const mounted = mountSmallDisk(4096);
if (typeof mounted === 'string') console.warn(`[fallback] disk-full and read-only tests on a stubbed writer only: ${mounted}`);
const disks: [string, () => SmallDisk][] = [...(typeof mounted === 'string' ? [] : [['a real tmpfs', () => mounted] as [string, () => SmallDisk]]), ['a stubbed writer', stubbedDisk]];

describe.each(disks)('a full disk or a read-only folder, on %s', (_name, makeDisk) => {
  const small = makeDisk();
  let bundle: string;
  beforeAll(async () => {
    bundle = await teammateBundle();
  });
  afterAll(() => small.unmount());

  /** A notebook on the small disk with an article and a highlight, open; its index updates can be held back. */
  async function notebook(name: string, gate = new Gate()) {
    const dir = path.join(small.dir, name);
    const core = await createCore({ dir, author: 'ann', snapshots: false, searchEngine: async (indexDir) => gate.around(await InProcessEngine.open(indexDir)) });
    const { articleId } = await call(core, 'import.content', { name: 'ferry.txt', dataBase64: FERRY });
    const h = await call(core, 'highlights.create', { articleId: articleId!, kind: 'figure', quote: '1,200 extra passengers', note: 'check the figure' });
    await call(core, 'search.query', { q: 'ferry' }); // the index is on disk too
    return { dir, core, articleId: articleId!, highlightId: h.id };
  }

  /** Each refused write: one line, saying why, and the notebook's files exactly as before. */
  function expectRefused(envelope: Envelope, reason: RegExp): void {
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.message).toMatch(reason);
    expect(envelope.error.message).not.toContain('\n');
  }

  it('refuses highlight saves, imports, merges and index writes on a full disk, in one line, and changes nothing', async () => {
    const gate = new Gate();
    const { dir, core, articleId, highlightId } = await notebook('full', gate);
    // A change the search index has not written yet when the disk fills up.
    gate.hold();
    await call(core, 'highlights.update', { id: highlightId, note: 'zebra crossing' });
    const before = await snapshotFiles(dir);
    await small.fill();
    gate.release();
    try {
      const full = /disk is full/;
      expectRefused(await send(core, 'highlights.create', { articleId, kind: 'quote', quote: 'officials said' }), full);
      expectRefused(await send(core, 'highlights.update', { id: highlightId, note: 'changed' }), full);
      expectRefused(await send(core, 'highlights.delete', { id: highlightId }), full);
      const imported = await call(core, 'import.content', { name: 'library.txt', dataBase64: LIBRARY });
      expect(imported).toMatchObject({ status: 'error', error: expect.stringMatching(full) });
      expect(imported.error).not.toContain('\n');
      expectRefused(await send(core, 'exchange.merge', { path: bundle }), full);
      // The index cannot write the change either: closing says so in a line (the next open catches up).
      const closed = await core.close().then(() => 'closed', (error: Error) => error.message);
      expect(closed).toMatch(/^Could not save the search index .*the disk is full\. Nothing was changed\.$/);
      expect(await snapshotFiles(dir)).toEqual(before);
    } finally {
      await small.free();
    }
    // With room again, everything works, the change is found, and nothing of the failed writes is left behind.
    const reopened = await createCore({ dir, snapshots: false });
    expect((await call(reopened, 'search.query', { q: 'zebra' })).total).toBe(1);
    await call(reopened, 'exchange.merge', { path: bundle });
    expect(await call(reopened, 'articles.list', {})).toHaveLength(2);
    expect(await call(reopened, 'notebook.check', { repair: false })).toMatchObject({ ok: true, problems: [] });
    await reopened.close();
  });

  it('opens a read-only notebook with a clear error, and refuses writes to a folder that became read-only', async () => {
    const { dir, core, articleId, highlightId } = await notebook('readonly');
    const before = await snapshotFiles(dir);
    small.readOnly(true);
    try {
      const readOnly = /not writable|read-only/;
      expectRefused(await send(core, 'highlights.create', { articleId, kind: 'quote', quote: 'officials said' }), readOnly);
      expectRefused(await send(core, 'highlights.update', { id: highlightId, note: 'changed' }), readOnly);
      const imported = await call(core, 'import.content', { name: 'library.txt', dataBase64: LIBRARY });
      expect(imported).toMatchObject({ status: 'error', error: expect.stringMatching(readOnly) });
      expectRefused(await send(core, 'exchange.merge', { path: bundle }), readOnly);
      // Reading still works.
      expect((await call(core, 'search.query', { q: 'passengers' })).total).toBeGreaterThan(0);
      await core.close().catch(() => undefined); // the index may have had something to write: it cannot
      // Opening it again: one line saying why.
      const opened = await createCore({ dir }).then(
        () => 'opened',
        (error: Error) => error.message,
      );
      expect(opened).toMatch(readOnly);
      expect(opened).not.toContain('\n');
      expect(await snapshotFiles(dir)).toEqual(before);
    } finally {
      small.readOnly(false);
    }
    const reopened = await createCore({ dir, snapshots: false });
    expect(await call(reopened, 'highlights.list', {})).toEqual([expect.objectContaining({ id: highlightId, note: 'check the figure' })]);
    expect(await call(reopened, 'notebook.check', { repair: false })).toMatchObject({ ok: true });
    await reopened.close();
  });

  it('saves again once there is room: a save that failed can simply be retried', async () => {
    const { core, articleId } = await notebook('retry');
    await small.fill();
    const failed = await send(core, 'highlights.create', { articleId, kind: 'quote', quote: 'officials said' });
    await small.free();
    expect(failed.ok).toBe(false);
    await call(core, 'highlights.create', { articleId, kind: 'quote', quote: 'officials said' });
    expect(await call(core, 'highlights.list', {})).toHaveLength(2);
    await core.close();
  });
});

/** Holds the search engine's updates back while held, so a test can fill the disk between a save and its indexing. */
class Gate {
  private waiting: Promise<void> = Promise.resolve();
  private open: () => void = () => undefined;
  hold(): void {
    this.waiting = new Promise((resolve) => (this.open = resolve));
  }
  release(): void {
    this.open();
  }
  around(engine: SearchEngine): SearchEngine {
    const update = engine.update.bind(engine);
    engine.update = async (...args) => {
      await this.waiting;
      return update(...args);
    };
    return engine;
  }
}
