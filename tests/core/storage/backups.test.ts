import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../../shared/api';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { listSnapshots, restoreSnapshot, snapshotIfDue, takeSnapshot } from '../../../main/core/storage/backups';
import { tempDir } from '../../helpers/temp-dir';

async function call<M extends Method>(core: Core, method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as Result<M>;
}

const TEXT = 'Ferry report\n\nThe night ferry carried 1,200 extra passengers a week, officials said on Monday.\n';
const day = (n: number): Date => new Date(Date.UTC(2026, 2, n, 9));

async function notebookWithHighlight(dir: string) {
  const core = await createCore({ dir, snapshots: false });
  const { articleId } = await call(core, 'import.content', { name: 'ferry.txt', dataBase64: Buffer.from(TEXT).toString('base64') });
  const h = await call(core, 'highlights.create', { articleId: articleId!, kind: 'figure', quote: '1,200 extra passengers' });
  return { core, articleId: articleId!, highlightId: h.id };
}

describe('catalogue snapshots', () => {
  it('takes one at open when the newest is a day old, and keeps the last N', async () => {
    const dir = await tempDir();
    const { core } = await notebookWithHighlight(dir);
    await core.close();
    const policy = { everyMs: 24 * 3600_000, keep: 3 };
    expect(await snapshotIfDue(dir, day(1), policy)).not.toBeNull();
    expect(await snapshotIfDue(dir, new Date(day(1).getTime() + 3600_000), policy)).toBeNull(); // an hour later: not due
    for (const n of [2, 3, 4, 5]) await snapshotIfDue(dir, day(n), policy);
    expect((await listSnapshots(dir)).map((s) => s.at.toISOString())).toEqual([day(3), day(4), day(5)].map((d) => d.toISOString()));
    // A snapshot holds notebook.json and the shards, and nothing else.
    const [newest] = (await listSnapshots(dir)).slice(-1);
    expect((await readdir(newest!.dir)).sort()).toEqual(['data', 'notebook.json']);
    expect((await readdir(path.join(newest!.dir, 'data'))).every((n) => /^[0-9a-f]{2}\.json$/.test(n))).toBe(true);
  });

  it('is taken when the notebook opens (by default daily)', async () => {
    const dir = await tempDir();
    const { core } = await notebookWithHighlight(dir);
    await core.close();
    await (await createCore({ dir })).close();
    expect(await listSnapshots(dir)).toHaveLength(1);
    await (await createCore({ dir })).close();
    expect(await listSnapshots(dir)).toHaveLength(1);
  });

  it('restores the catalogue as it was, saving the state before, and search follows', async () => {
    const dir = await tempDir();
    const { core, articleId, highlightId } = await notebookWithHighlight(dir);
    await core.close();
    const snapshot = await takeSnapshot(dir, day(1));
    // After the snapshot: the highlight is deleted, a new one and a new article appear.
    let later = await createCore({ dir, snapshots: false });
    await call(later, 'highlights.delete', { id: highlightId });
    await call(later, 'highlights.create', { articleId, kind: 'quote', quote: 'officials said', note: 'zebra' });
    await call(later, 'import.content', { name: 'other.txt', dataBase64: Buffer.from('Library hours\n\nThe library opens at nine on weekdays now.\n').toString('base64') });
    await later.close();

    const report = await restoreSnapshot(dir, snapshot.name, day(2));
    expect(report.saved).toMatch(/before-restore$/);
    later = await createCore({ dir, snapshots: false });
    expect((await call(later, 'articles.list', {})).map((a) => a.id)).toEqual([articleId]);
    expect((await call(later, 'highlights.list', {})).map((h) => h.id)).toEqual([highlightId]);
    expect((await call(later, 'search.query', { q: 'zebra' })).total).toBe(0);
    expect((await call(later, 'search.query', { q: 'passengers', type: 'highlight' })).total).toBe(1);
    await later.close();

    // And back again, from the snapshot the restore saved.
    await restoreSnapshot(dir, report.saved, day(3));
    later = await createCore({ dir, snapshots: false });
    expect(await call(later, 'articles.list', {})).toHaveLength(2);
    expect((await call(later, 'search.query', { q: 'zebra' })).total).toBe(1);
    await later.close();
  });

  it('changes nothing when the snapshot is damaged, and names the snapshots when one is unknown', async () => {
    const dir = await tempDir();
    const { core } = await notebookWithHighlight(dir);
    await core.close();
    const snapshot = await takeSnapshot(dir, day(1));
    const shard = (await readdir(path.join(snapshot.dir, 'data')))[0]!;
    const before = await readFile(path.join(dir, 'data', shard), 'utf8');
    // A new file, not a write into the old one: the snapshot's files are hard links to the live ones.
    await rm(path.join(snapshot.dir, 'data', shard));
    await writeFile(path.join(snapshot.dir, 'data', shard), '{ broken');
    await expect(restoreSnapshot(dir, snapshot.name, day(2))).rejects.toMatchObject({ code: 'CORRUPT' });
    expect(await readFile(path.join(dir, 'data', shard), 'utf8')).toBe(before);
    await expect(restoreSnapshot(dir, 'yesterday', day(2))).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining(snapshot.name) });
  });
});
