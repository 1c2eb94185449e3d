import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexDocument } from '../../../../main/core/search/engine/build-segment';
import { buildSegment } from '../../../../main/core/search/engine/build-segment';
import { chooseIdleMerge, chooseMerge, MERGE_FACTOR } from '../../../../main/core/search/engine/merge-policy';
import { SegmentStore } from '../../../../main/core/search/engine/segment-store';
import { serializeSegment } from '../../../../main/core/search/engine/segment-file';
import { tempDir } from '../../../helpers/temp-dir';

const doc = (n: number, body: string, version = '1'): IndexDocument => ({ ref: `a:${n}`, version, language: 'en', fields: { title: `Report ${n}`, body } });
const refs = (store: SegmentStore, q: string) => store.search(q).refs.sort();

describe('SegmentStore', () => {
  it('adds documents as new segments, replaces changed ones and forgets removed ones', async () => {
    const store = await SegmentStore.open(await tempDir());
    await store.update([doc(1, 'ferry harbour'), doc(2, 'bus depot')], [], 'f1');
    await store.update([doc(1, 'tram depot', '2')], [], 'f2');
    expect(refs(store, 'ferry')).toEqual([]);
    expect(refs(store, 'depot')).toEqual(['a:1', 'a:2']);
    await store.update([], ['a:2'], 'f3');
    expect(refs(store, 'depot')).toEqual(['a:1']);
    expect(store.versions()).toEqual(new Map([['a:1', '2']]));
    expect((await store.stats()).documents).toBe(1);
  });

  it('keeps small updates in memory, searchable at once, and writes them as one file', async () => {
    const dir = await tempDir();
    const store = await SegmentStore.open(dir);
    for (let i = 0; i < 5; i++) await store.update([doc(i, `quay ${i}`)], [], `f${i}`);
    expect(refs(store, 'quay')).toHaveLength(5);
    expect(await readdir(path.join(dir, 'segments'))).toEqual([]);
    await store.settle();
    expect(await readdir(path.join(dir, 'segments'))).toHaveLength(1);
    expect((await SegmentStore.open(dir)).fingerprint).toBe('f4');
  });

  it('answers queries while a large update is built and merged, from the index as it was until the update is in', async () => {
    const store = await SegmentStore.open(await tempDir());
    await store.update([doc(0, 'ferry harbour')], [], 'f1');
    const filler = Array.from({ length: 2500 }, (_, i) => doc(i + 1, `quay ${i} ${'harbour wall lights '.repeat(20)}`));
    let done = false;
    const update = store.update([doc(0, 'tram depot', '2'), ...filler], [], 'f2').then(() => (done = true));
    const seen: string[][] = [];
    while (!done) {
      seen.push([...refs(store, 'ferry'), ...refs(store, 'tram')]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await update;
    expect(seen.length).toBeGreaterThan(1); // answered between the slices
    for (const found of seen.slice(0, -1)) expect(found).toEqual(['a:0']); // the old copy, or the new one: never none
    expect(refs(store, 'tram')).toEqual(['a:0']);
    expect(refs(store, 'ferry')).toEqual([]);
  });

  it('says it is behind after a crash that lost what only memory held', async () => {
    const dir = await tempDir();
    const store = await SegmentStore.open(dir);
    await store.update([doc(1, 'ferry')], [], 'f1');
    await store.settle();
    await store.update([doc(2, 'harbour')], [], 'f2'); // never written: the process "dies" here
    const reopened = await SegmentStore.open(dir);
    expect(reopened.fingerprint).toBe('f1');
    expect(reopened.versions()).toEqual(new Map([['a:1', '1']]));
  });

  it('is saved and loaded with its fingerprint, dead documents included', async () => {
    const dir = await tempDir();
    const store = await SegmentStore.open(dir);
    await store.update([doc(1, 'ferry harbour'), doc(2, 'ferry depot')], [], 'f1');
    await store.update([], ['a:1'], 'f2');
    await store.settle();
    const reopened = await SegmentStore.open(dir);
    expect(reopened.fingerprint).toBe('f2');
    expect(refs(reopened, 'ferry')).toEqual(['a:2']);
  });

  it('merges a full size tier in the background into one segment, with the same results', async () => {
    const dir = await tempDir();
    const store = await SegmentStore.open(dir);
    for (let i = 0; i < MERGE_FACTOR; i++) {
      await store.update([doc(i, `ferry report number ${i} harbour`)], [], `f${i}`);
      await store.persist(); // one file each, as updates spaced out in time make
    }
    const before = store.search('ferry harbour');
    await store.settle();
    expect((await store.stats()).segments).toBe(1);
    expect((await readdir(path.join(dir, 'segments'))).length).toBe(1);
    const after = store.search('ferry harbour');
    expect(after.refs).toEqual(before.refs);
    after.scores.forEach((s, i) => expect(s).toBeCloseTo(before.scores[i]!, 9));
  });

  it('keeps changes made while a merge runs', async () => {
    const dir = await tempDir();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { mergeSegments } = await import('../../../../main/core/search/engine/merge-segments');
    const store = await SegmentStore.open(dir, async (id, inputs) => {
      await gate; // hold the merge until the change below is in
      return mergeSegments(id, inputs);
    });
    for (let i = 0; i < MERGE_FACTOR; i++) {
      await store.update([doc(i, `ferry ${i}`)], [], `f${i}`);
      await store.persist();
    }
    await store.update([doc(3, 'tram', '2')], ['a:4'], 'late');
    release();
    await store.settle();
    expect(refs(store, 'ferry')).toEqual(['a:0', 'a:1', 'a:2', 'a:5', 'a:6', 'a:7']);
    expect(refs(store, 'tram')).toEqual(['a:3']);
    expect(refs(await SegmentStore.open(dir), 'ferry')).toEqual(['a:0', 'a:1', 'a:2', 'a:5', 'a:6', 'a:7']);
  });

  it('recovers from a merge interrupted before its manifest was written: the leftover file goes, nothing is lost', async () => {
    const dir = await tempDir();
    const store = await SegmentStore.open(dir);
    await store.update([doc(1, 'ferry'), doc(2, 'harbour')], [], 'f1');
    await store.settle();
    // A merged segment written to disk, then a crash before the manifest named it.
    const orphan = buildSegment('zz-orphan', 'en', [doc(9, 'ghost text')]);
    await writeFile(path.join(dir, 'segments', 'zz-orphan.json'), serializeSegment(orphan));
    const reopened = await SegmentStore.open(dir);
    expect(refs(reopened, 'ghost')).toEqual([]);
    expect(refs(reopened, 'ferry harbour')).toEqual(['a:1', 'a:2']);
    expect(await readdir(path.join(dir, 'segments'))).not.toContain('zz-orphan.json');
  });

  it('opens with what it can when a segment file is missing or corrupt, and says it is not current', async () => {
    const dir = await tempDir();
    const store = await SegmentStore.open(dir);
    await store.update([doc(1, 'ferry')], [], 'f1');
    await store.settle();
    await store.update([doc(2, 'harbour')], [], 'f2');
    await store.settle();
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
    await writeFile(path.join(dir, 'segments', `${manifest.segments[0].id}.json`), '{"broken');
    const reopened = await SegmentStore.open(dir);
    expect(reopened.fingerprint).toBe('');
    expect(refs(reopened, 'harbour')).toEqual(['a:2']);
  });
});

describe('merge policy', () => {
  it('merges a tier once it holds MERGE_FACTOR segments of one language, smallest tier first', () => {
    const small = Array.from({ length: MERGE_FACTOR }, (_, i) => ({ id: `s${i}`, language: 'en', docs: 2, dead: 0 }));
    expect(chooseMerge(small.slice(1))).toBeNull();
    expect(chooseMerge(small)).toHaveLength(MERGE_FACTOR);
    const mixed = small.map((s, i) => ({ ...s, language: i % 2 ? 'ru' : 'en' }));
    expect(chooseMerge(mixed)).toBeNull();
  });

  it('rewrites a segment that is mostly dead documents', () => {
    expect(chooseMerge([{ id: 'a', language: 'en', docs: 100, dead: 60 }])).toEqual(['a']);
  });

  it('when idle, merges the segments of a language far smaller than its largest into one', () => {
    const segment = (id: string, docs: number, language = 'en') => ({ id, language, docs, dead: 0 });
    const segments = [segment('big', 10_000), segment('mid', 5_000), segment('a', 1_000), segment('b', 30), segment('c', 2), segment('ru', 3, 'ru')];
    expect(chooseMerge(segments)).toBeNull();
    expect(chooseIdleMerge(segments)).toEqual(['a', 'b', 'c']);
    expect(chooseIdleMerge([segment('big', 10_000), segment('mid', 5_000), segment('a', 1_000)])).toBeNull(); // one alone stays
    expect(chooseIdleMerge([segment('x', 3), segment('y', 2)])).toBeNull();
  });
});
