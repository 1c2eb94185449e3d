import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../../shared/api';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { takeSnapshot } from '../../../main/core/storage/backups';
import { closeAtEnd, tempDir } from '../../helpers/temp-dir';

async function call<M extends Method>(core: Core, method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as Result<M>;
}

const text = (title: string, body: string): string => Buffer.from(`${title}\n\n${body}\n`).toString('base64');
const hourAgo = new Date(Date.now() - 3600_000);

async function plant(file: string, content = 'x'): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  await utimes(file, hourAgo, hourAgo); // an interrupted write's leftover is old; a write in progress is not
}

async function notebook() {
  const dir = await tempDir();
  const core = closeAtEnd(await createCore({ dir, snapshots: false }));
  const { articleId } = await call(core, 'import.content', { name: 'ferry.txt', dataBase64: text('Ferry report', 'The night ferry carried 1,200 extra passengers a week, officials said.') });
  const h = await call(core, 'highlights.create', { articleId: articleId!, kind: 'figure', quote: '1,200 extra passengers' });
  return { dir, core, articleId: articleId!, highlightId: h.id };
}

describe('notebook.check', () => {
  it('finds a sound notebook sound', async () => {
    const { core } = await notebook();
    const report = await call(core, 'notebook.check', {});
    expect(report).toMatchObject({ ok: true, repair: false, problems: [], checked: { articles: 1, highlights: 1, contentFiles: 1 } });
  });

  it('reports leftovers of interrupted writes, and the repair removes them', async () => {
    const { dir, core } = await notebook();
    await plant(path.join(dir, 'content', 'ab', 'x.json.0123abcd.tmp'));
    await plant(path.join(dir, 'index', 'manifest.json.0123abcd.tmp'));
    await plant(path.join(dir, 'index', 'segments', 'zz-0123.json'), '{}');
    await mkdir(path.join(dir, 'backups', '.partial-0123abcd'), { recursive: true });
    const found = await call(core, 'notebook.check', {});
    expect(found.ok).toBe(false);
    expect(found.problems.map((p) => p.kind).sort()).toEqual(['leftover-file', 'leftover-file', 'partial-snapshot', 'unlisted-segment']);
    const repaired = await call(core, 'notebook.check', { repair: true });
    expect(repaired).toMatchObject({ ok: true });
    expect(repaired.problems.every((p) => p.repaired)).toBe(true);
    expect(await call(core, 'notebook.check', {})).toMatchObject({ ok: true, problems: [] });
    expect(await readdir(path.join(dir, 'backups'))).toEqual([]);
  });

  it('leaves alone a file that may be a write in progress', async () => {
    const { dir, core } = await notebook();
    await mkdir(path.join(dir, 'content', 'ab'), { recursive: true });
    await writeFile(path.join(dir, 'content', 'ab', 'x.json.0123abcd.tmp'), 'x');
    expect(await call(core, 'notebook.check', { repair: true })).toMatchObject({ ok: true, problems: [] });
  });

  it('removes article texts nothing refers to, but keeps those a backup refers to', async () => {
    const { dir, core, articleId } = await notebook();
    const other = await call(core, 'import.content', { name: 'library.txt', dataBase64: text('Library hours', 'The library opens at nine on weekdays from March.') });
    await takeSnapshot(dir, new Date('2026-03-01T00:00:00Z'));
    // Deleted twice over: the texts of both articles stay on disk. One is still in the snapshot, so it stays.
    await call(core, 'articles.delete', { id: other.articleId! });
    await call(core, 'articles.delete', { id: articleId });
    await rm(path.join(dir, 'backups'), { recursive: true }); // …then the snapshot goes: nothing refers to either
    const shards = await readdir(path.join(dir, 'data'));
    await Promise.all(shards.filter((n) => n.endsWith('.bak')).map((n) => rm(path.join(dir, 'data', n))));
    const files = await readdir(path.join(dir, 'content'), { recursive: true });
    for (const f of files) if (f.endsWith('.json')) await utimes(path.join(dir, 'content', f), hourAgo, hourAgo);
    const found = await call(core, 'notebook.check', {});
    expect(found).toMatchObject({ ok: true }); // harmless: a notice
    expect(found.problems.map((p) => p.kind)).toEqual(['unreferenced-content', 'unreferenced-content']);
    await call(core, 'notebook.check', { repair: true });
    expect((await call(core, 'notebook.check', {})).problems).toEqual([]);
  });

  it('reports an article whose text is missing, which no repair can bring back', async () => {
    const { dir, core } = await notebook();
    const other = await call(core, 'import.content', { name: 'library.txt', dataBase64: text('Library hours', 'The library opens at nine on weekdays from March.') });
    await core.close();
    const article = (JSON.parse(await readFile(path.join(dir, 'data', `${other.articleId!.slice(0, 2)}.json`), 'utf8')) as { articles: Record<string, { contentHash: string }> }).articles[other.articleId!]!;
    await rm(path.join(dir, 'content', article.contentHash.slice(0, 2), `${article.contentHash}.json`));
    const reopened = closeAtEnd(await createCore({ dir, snapshots: false }));
    const report = await call(reopened, 'notebook.check', { repair: true });
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'missing-content', severity: 'error', repaired: false, message: expect.stringContaining('"Library hours"') })]);
  });

  it('flags a highlight that no longer anchors in its text for review', async () => {
    const { dir, core, articleId, highlightId } = await notebook();
    await core.close();
    // Damage the highlight's position behind the notebook's back.
    const shardFile = path.join(dir, 'data', `${articleId.slice(0, 2)}.json`);
    const shard = JSON.parse(await readFile(shardFile, 'utf8')) as { highlights: Record<string, { target: { position: { start: number; end: number } } }> };
    shard.highlights[highlightId]!.target.position.start += 3;
    shard.highlights[highlightId]!.target.position.end += 3;
    await writeFile(shardFile, JSON.stringify(shard));
    const reopened = closeAtEnd(await createCore({ dir, snapshots: false }));
    const found = await call(reopened, 'notebook.check', {});
    expect(found.problems).toEqual([expect.objectContaining({ kind: 'unanchored-highlight', id: highlightId })]);
    await call(reopened, 'notebook.check', { repair: true });
    expect(await call(reopened, 'notebook.check', {})).toMatchObject({ ok: true, problems: [] });
    // Re-attached where its quote is, and waiting for the user to confirm.
    const [review] = await call(reopened, 'highlights.review', {});
    expect(review).toMatchObject({ id: highlightId, target: { quote: { exact: '1,200 extra passengers' } }, carried: { reviewed: false } });
  });

  it('brings a search index that is behind the data up to date', async () => {
    const { dir, core } = await notebook();
    await core.close();
    // An index that lost its segments (e.g. restored from an old copy of the folder) but kept its fingerprint.
    await rm(path.join(dir, 'index', 'segments'), { recursive: true });
    await mkdir(path.join(dir, 'index', 'segments'));
    const manifest = JSON.parse(await readFile(path.join(dir, 'index', 'manifest.json'), 'utf8')) as { segments: unknown[] };
    await writeFile(path.join(dir, 'index', 'manifest.json'), JSON.stringify({ ...manifest, segments: [], dead: {} }));
    const reopened = closeAtEnd(await createCore({ dir, snapshots: false }));
    const found = await call(reopened, 'notebook.check', {});
    expect(found.problems).toEqual([expect.objectContaining({ kind: 'stale-index', severity: 'repairable', repaired: false })]);
    expect((await call(reopened, 'search.query', { q: 'passengers' })).total).toBe(0);
    await call(reopened, 'notebook.check', { repair: true });
    expect((await call(reopened, 'search.query', { q: 'passengers' })).total).toBe(2);
    expect(await call(reopened, 'notebook.check', {})).toMatchObject({ ok: true, problems: [] });
  });
});
