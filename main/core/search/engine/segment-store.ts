import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../storage/atomic-file';
import { FIELDS } from '../documents';
import type { Language } from '../languages';
import { buildSegmentInSlices, FIELD_COUNT } from './build-segment';
import type { IndexDocument } from './build-segment';
import { executeQuery } from './execute-query';
import type { LiveSegment, QueryOptions, QueryResult } from './execute-query';
import { mergeSegments, mergeSegmentsInSlices } from './merge-segments';
import { chooseIdleMerge, chooseMerge } from './merge-policy';
import type { Segment } from './segment';
import { parseSegment, serializeSegment } from './segment-file';

const manifestSchema = z.object({
  format: z.literal('sourcebook-index'),
  version: z.literal(2),
  /** The catalogue state the index reflects (see Catalog.fingerprint). */
  fingerprint: z.string(),
  segments: z.array(z.object({ id: z.string().regex(/^[0-9a-z-]+$/), language: z.string(), docs: z.number().int() })),
  dead: z.record(z.string(), z.array(z.number().int().min(0))),
});
type Manifest = z.infer<typeof manifestSchema>;

/** Runs a merge: in-process by default; the search worker hands it to a helper thread. */
export type MergeRunner = (id: string, inputs: { segment: Segment; dead: Set<number> }[]) => Promise<Segment>;

export interface StoreStats {
  documents: number;
  segments: number;
  bytes: number;
}

/** Small segments stay in memory until this many documents wait, or until the index has been idle this long. */
const MEMORY_DOCS = 2000;
const MEMORY_SEGMENTS = 16;
const PERSIST_IDLE_MS = 2000;
/** After this long without an update, small segments are merged into one (chooseIdleMerge). */
const MERGE_IDLE_MS = 3000;

/**
 * The segments of the search index on disk (index/segments/*.json) and in memory, with the manifest
 * (index/manifest.json) that says which segments are live and which of their documents are dead. New and changed
 * documents go into a fresh segment, in memory at first (searchable at once); the old copies become dead. Memory
 * segments are merged into one file when enough have gathered or the index falls idle, and segments of a size tier
 * merge in the background. The manifest is replaced atomically after the files it names are in place, so an
 * interrupted update or merge leaves the previous index, and files it does not name are removed on the next open.
 * What only memory held is not lost in a crash: the index is derived data, and on open the difference between the
 * manifest's state and the notebook is indexed again.
 */
export class SegmentStore {
  private readonly live = new Map<string, LiveSegmentState>();
  private readonly location = new Map<string, { segment: string; doc: number }>();
  private readonly lengthSums = FIELDS.map(() => 0);
  private docs = 0;
  private merging: Promise<void> | null = null;
  private writes: Promise<unknown> = Promise.resolve();
  /** Ids of segments that exist only in memory (not yet in a file or the manifest). */
  private readonly inMemory = new Set<string>();
  private persistTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  /** No update for MERGE_IDLE_MS. */
  private idle = false;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private fingerprintValue: string,
    private readonly runMerge: MergeRunner,
  ) {}

  static async open(dir: string, runMerge: MergeRunner = inProcessMerge): Promise<SegmentStore> {
    await mkdir(path.join(dir, 'segments'), { recursive: true });
    const manifest = await readManifest(dir);
    const store = new SegmentStore(dir, manifest?.fingerprint ?? '', runMerge);
    for (const entry of manifest?.segments ?? []) {
      try {
        const segment = parseSegment(await readFile(store.fileOf(entry.id), 'utf8'));
        store.addSegment(segment, new Set(manifest!.dead[entry.id] ?? []), false);
      } catch {
        // A missing or unreadable segment: its documents are re-indexed by the reconciliation that follows open.
        store.fingerprintValue = '';
      }
    }
    await store.removeUnlisted();
    return store;
  }

  /** Deletes the index folder and opens an empty store there. */
  static async reset(dir: string, runMerge: MergeRunner = inProcessMerge): Promise<SegmentStore> {
    await rm(dir, { recursive: true, force: true });
    return SegmentStore.open(dir, runMerge);
  }

  get fingerprint(): string {
    return this.fingerprintValue;
  }

  /** Every live document and the version it was indexed at. */
  versions(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [ref, { segment, doc }] of this.location) out.set(ref, this.live.get(segment)!.segment.versions[doc]!);
    return out;
  }

  search(query: string, options: QueryOptions = {}): QueryResult {
    return executeQuery(query, this.liveSegments(), { docs: this.docs, lengthSums: this.lengthSums }, options);
  }

  stats(): Promise<StoreStats> {
    return this.sizeOnDisk().then((bytes) => ({ documents: this.docs, segments: this.live.size, bytes }));
  }

  /**
   * Indexes new or changed documents (replacing any older copy) and drops removed ones, then records that the
   * index reflects `fingerprint`. Documents of different languages go into different segments.
   */
  update(documents: IndexDocument[], removed: string[], fingerprint: string): Promise<void> {
    const run = this.writes.then(() => this.updateNow(documents, removed, fingerprint));
    this.writes = run.catch(() => undefined);
    return run;
  }

  /** Writes what only memory holds, and resolves when no update or merge is running. */
  async settle(): Promise<void> {
    await this.persist();
    while (this.merging) await this.merging;
    await this.writes;
  }

  /** Writes what only memory holds; a merge still running is abandoned (its inputs stay; its output is removed on
   * the next open), so closing never waits for background work. */
  async close(): Promise<void> {
    await this.persist();
    this.closed = true;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
  }

  /** Merges the memory segments into files and records them in the manifest. */
  persist(): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    const run = this.writes.then(() => this.persistNow());
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async updateNow(documents: IndexDocument[], removed: string[], fingerprint: string): Promise<void> {
    // Built first, then swapped in at once: a query answered between the build's slices sees the index as it was.
    const built: Segment[] = [];
    for (const [language, docs] of groupByLanguage(documents)) built.push(await buildSegmentInSlices(newId(), language, docs));
    for (const ref of [...removed, ...documents.map((d) => d.ref)]) this.kill(ref);
    for (const segment of built) this.addSegment(segment, new Set(), true);
    this.fingerprintValue = fingerprint;
    this.restartIdleTimer();
    const waiting = [...this.inMemory].reduce((n, id) => n + this.live.get(id)!.segment.refs.length, 0);
    if (waiting >= MEMORY_DOCS || this.inMemory.size >= MEMORY_SEGMENTS) await this.persistNow();
    else if (this.inMemory.size > 0 || removed.length > 0) this.schedulePersist();
  }

  private restartIdleTimer(): void {
    this.idle = false;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.closed) return;
    this.idleTimer = setTimeout(() => {
      this.idle = true;
      this.maybeMerge();
    }, MERGE_IDLE_MS);
    this.idleTimer.unref();
  }

  private schedulePersist(): void {
    if (this.persistTimer || this.closed) return;
    this.persistTimer = setTimeout(() => void this.persist().catch(() => undefined), PERSIST_IDLE_MS);
    this.persistTimer.unref();
  }

  private async persistNow(): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    const byLanguage = new Map<string, string[]>();
    for (const id of this.inMemory) {
      const language = this.live.get(id)!.segment.language;
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), id]);
    }
    for (const ids of byLanguage.values()) {
      // Small and in memory: merged right here (in slices, so queries are answered meanwhile), then written as one
      // file. Nothing dies meanwhile: updates wait for this in `writes`.
      const snapshot = ids.map((id) => ({ segment: this.live.get(id)!.segment, dead: new Set(this.live.get(id)!.dead) }));
      const merged = await mergeSegmentsInSlices(newId(), snapshot);
      if (merged.refs.length > 0) await writeFileAtomic(this.fileOf(merged.id), serializeSegment(merged));
      this.replace(snapshot, merged, false);
    }
    await this.writeManifest();
    this.maybeMerge();
  }

  private maybeMerge(): void {
    if (this.merging || this.closed) return;
    const onDisk = [...this.live.values()].filter((s) => !this.inMemory.has(s.segment.id));
    const infos = onDisk.map((s) => ({ id: s.segment.id, language: s.segment.language, docs: s.segment.refs.length, dead: s.dead.size }));
    const plan = chooseMerge(infos) ?? (this.idle ? chooseIdleMerge(infos) : null);
    if (!plan) return;
    this.merging = this.merge(plan).finally(() => {
      this.merging = null;
      this.maybeMerge();
    });
  }

  private async merge(ids: string[]): Promise<void> {
    const snapshot = ids.map((id) => ({ segment: this.live.get(id)!.segment, dead: new Set(this.live.get(id)!.dead) }));
    const merged = await this.runMerge(newId(), snapshot);
    await writeFileAtomic(this.fileOf(merged.id), serializeSegment(merged));
    if (this.closed) return; // abandoned: the file is not in the manifest and goes on the next open
    const swap = this.writes.then(async () => {
      this.replace(snapshot, merged, false);
      await this.writeManifest();
      await Promise.all(ids.map((id) => rm(this.fileOf(id), { force: true })));
    });
    this.writes = swap.catch(() => undefined);
    await swap;
  }

  /**
   * Puts `merged` in place of the segments it was merged from. Documents that died after the snapshot was taken
   * (updated or deleted while the merge ran) die in the merged segment too.
   */
  private replace(snapshot: { segment: Segment; dead: Set<number> }[], merged: Segment, inMemory: boolean): void {
    const dead = new Set<number>();
    let next = 0;
    for (const { segment, dead: before } of snapshot) {
      const now = this.live.get(segment.id)!.dead;
      segment.refs.forEach((_, doc) => {
        if (before.has(doc)) return;
        if (now.has(doc)) dead.add(next);
        next++;
      });
    }
    for (const { segment } of snapshot) this.removeSegment(segment.id);
    if (merged.refs.length > 0) this.addSegment(merged, dead, inMemory);
  }

  private addSegment(segment: Segment, dead: Set<number>, inMemory: boolean): void {
    this.live.set(segment.id, { segment, dead });
    if (inMemory) this.inMemory.add(segment.id);
    segment.refs.forEach((ref, doc) => {
      if (dead.has(doc)) return;
      this.kill(ref); // a newer copy replaces an older one
      this.location.set(ref, { segment: segment.id, doc });
      this.count(segment, doc, +1);
    });
  }

  private removeSegment(id: string): void {
    const state = this.live.get(id)!;
    state.segment.refs.forEach((ref, doc) => {
      if (state.dead.has(doc)) return;
      if (this.location.get(ref)?.segment === id) this.location.delete(ref);
      this.count(state.segment, doc, -1);
    });
    this.live.delete(id);
    this.inMemory.delete(id);
  }

  private kill(ref: string): void {
    const at = this.location.get(ref);
    if (!at) return;
    const state = this.live.get(at.segment)!;
    state.dead.add(at.doc);
    this.count(state.segment, at.doc, -1);
    this.location.delete(ref);
  }

  private count(segment: Segment, doc: number, sign: 1 | -1): void {
    this.docs += sign;
    for (let f = 0; f < FIELD_COUNT; f++) this.lengthSums[f]! += sign * segment.lengths[doc * FIELD_COUNT + f]!;
  }

  private liveSegments(): LiveSegment[] {
    return [...this.live.values()].map(({ segment, dead }) => ({ segment, dead }));
  }

  private async writeManifest(): Promise<void> {
    const onDisk = [...this.live.values()].filter((s) => !this.inMemory.has(s.segment.id));
    const manifest: Manifest = {
      format: 'sourcebook-index',
      version: 2,
      // With segments still only in memory, the files do not reflect the latest state: say so, and open catches up.
      fingerprint: this.inMemory.size === 0 ? this.fingerprintValue : '',
      segments: onDisk.map(({ segment }) => ({ id: segment.id, language: segment.language, docs: segment.refs.length })),
      dead: Object.fromEntries(onDisk.filter((s) => s.dead.size > 0).map((s) => [s.segment.id, [...s.dead]])),
    };
    await writeFileAtomic(path.join(this.dir, 'manifest.json'), JSON.stringify(manifest));
  }

  /** Segment files the manifest does not name are leftovers of an interrupted update or merge. */
  private async removeUnlisted(): Promise<void> {
    for (const name of await readdir(path.join(this.dir, 'segments'))) {
      const id = name.replace(/\.json$/, '');
      if (!this.live.has(id)) await rm(path.join(this.dir, 'segments', name), { force: true });
    }
  }

  private async sizeOnDisk(): Promise<number> {
    let bytes = 0;
    for (const id of this.live.keys()) if (!this.inMemory.has(id)) bytes += (await stat(this.fileOf(id)).catch(() => ({ size: 0 }))).size;
    return bytes;
  }

  private fileOf(id: string): string {
    return path.join(this.dir, 'segments', `${id}.json`);
  }
}

interface LiveSegmentState {
  segment: Segment;
  dead: Set<number>;
}

const inProcessMerge: MergeRunner = async (id, inputs) => mergeSegments(id, inputs);

const newId = (): string => `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

function groupByLanguage(documents: IndexDocument[]): Map<Language, IndexDocument[]> {
  const groups = new Map<Language, IndexDocument[]>();
  for (const doc of documents) {
    if (!groups.has(doc.language)) groups.set(doc.language, []);
    groups.get(doc.language)!.push(doc);
  }
  return groups;
}

async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // missing or unreadable: derived data, rebuilt by reconciliation
  }
}
