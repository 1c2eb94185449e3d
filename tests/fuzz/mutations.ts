// Malformed inputs made from valid ones, with fast-check: byte flips, truncation, insertions, repeated slices
// (huge counts), corrupted zip entries, deep nesting, and plain arbitrary bytes. Deterministic for a given seed.
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import type { FuzzCase } from './harness';

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

/** How a format nests and repeats, for the structural mutations of text formats. */
export interface Shape {
  /** Opening and closing of one level of nesting. */
  nest: [string, string];
  /** One element to repeat many times. */
  item: string;
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function flip(bytes: Uint8Array, positions: number[], values: number[]): Uint8Array {
  const copy = new Uint8Array(bytes);
  positions.forEach((p, i) => {
    if (copy.length > 0) copy[p % copy.length]! ^= values[i]! || 1;
  });
  return copy;
}

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const cut = Math.min(bytes.length, Math.floor(at * bytes.length));
  const out = new Uint8Array(bytes.length - Math.min(remove, bytes.length - cut) + insert.length);
  out.set(bytes.subarray(0, cut));
  out.set(insert, cut);
  out.set(bytes.subarray(cut + Math.min(remove, bytes.length - cut)), cut + insert.length);
  return out;
}

function repeatSlice(bytes: Uint8Array, start: number, length: number, times: number): Uint8Array {
  const from = Math.floor(start * bytes.length);
  const slice = bytes.subarray(from, Math.min(bytes.length, from + length));
  const parts: Uint8Array[] = [bytes.subarray(0, from)];
  for (let i = 0; i < times; i++) parts.push(slice);
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

/** Byte-level damage: what a bad disk, a cut download or a hostile editor does. */
const byteMutation = (seed: Seed): fc.Arbitrary<FuzzCase> =>
  fc.oneof(
    fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 24 }), fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 24, maxLength: 24 })).map(([positions, values]) => ({
      name: seed.name,
      bytes: flip(seed.bytes, positions, values),
      label: `flip ${positions.length} byte(s) of ${seed.name}`,
    })),
    fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ name: seed.name, bytes: seed.bytes.subarray(0, Math.floor(at * seed.bytes.length)), label: `truncate ${seed.name} at ${at.toFixed(3)}` })),
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 64 }), fc.uint8Array({ maxLength: 64 })).map(([at, remove, insert]) => ({
      name: seed.name,
      bytes: splice(seed.bytes, at, remove, insert),
      label: `splice ${insert.length} random byte(s) into ${seed.name} at ${at.toFixed(3)}`,
    })),
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 2, max: 3000 })).map(([start, length, times]) => ({
      name: seed.name,
      bytes: repeatSlice(seed.bytes, start, length, times),
      label: `repeat a ${length}-byte slice of ${seed.name} ${times} times`,
    })),
  );

/** Damage inside one entry of a zip (DOCX, EPUB, REFI-QDA, bundles), rezipped so that the container is valid. */
function zipEntryMutation(seed: Seed, shape: Shape): fc.Arbitrary<FuzzCase> {
  const entries = unzipSync(seed.bytes);
  const names = Object.keys(entries);
  return fc.tuple(fc.constantFrom(...names), fc.constantFrom('bytes', 'nest', 'huge', 'drop'), fc.integer({ min: 500, max: 20_000 })).map(
    ([entry, how, count]) => {
      const next: Record<string, Uint8Array> = { ...entries };
      const original = entries[entry]!;
      if (how === 'drop') delete next[entry];
      else if (how === 'nest') next[entry] = utf8(shape.nest[0].repeat(count) + new TextDecoder().decode(original) + shape.nest[1].repeat(count));
      else if (how === 'huge') next[entry] = utf8(new TextDecoder().decode(original).replace(/(<\/[a-zA-Z:]+>)/, `$1${shape.item.repeat(count)}`));
      else next[entry] = flip(original, [count, count * 7, count * 13], [0x41, 0x3c, 0x22]);
      return { name: seed.name, bytes: zipSync(next, { level: 0 }), label: `${how} in ${entry} of ${seed.name} (${count})` };
    },
  );
}

/** Structure-level damage for text formats: very deep nesting, very many elements. */
const structuralMutation = (seed: Seed, shape: Shape): fc.Arbitrary<FuzzCase> =>
  fc.oneof(
    fc.integer({ min: 1_000, max: 60_000 }).map((depth) => ({
      name: seed.name,
      bytes: Buffer.concat([utf8(shape.nest[0].repeat(depth)), seed.bytes, utf8(shape.nest[1].repeat(depth))]),
      label: `nest ${seed.name} ${depth} deep`,
    })),
    fc.integer({ min: 1_000, max: 50_000 }).map((count) => ({ name: seed.name, bytes: Buffer.concat([seed.bytes, utf8(shape.item.repeat(count))]), label: `append ${count} elements to ${seed.name}` })),
  );

/**
 * `count` cases for a format: mostly mutations of its valid seeds, some arbitrary bytes under its file name.
 * Deterministic for a given fast-check seed.
 */
export function casesFor(seeds: Seed[], shape: Shape, count: number, seed: number): FuzzCase[] {
  const perSeed = seeds.map((s) => fc.oneof({ weight: 3, arbitrary: byteMutation(s) }, { weight: 2, arbitrary: isZip(s.bytes) ? zipEntryMutation(s, shape) : structuralMutation(s, shape) }));
  const arbitrary = fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ name: seeds[0]!.name, bytes, label: `${bytes.length} arbitrary bytes as ${seeds[0]!.name}` }));
  return fc.sample(fc.oneof({ weight: 8, arbitrary: fc.oneof(...perSeed) }, { weight: 2, arbitrary }), { numRuns: count, seed });
}
