export interface SegmentInfo {
  id: string;
  language: string;
  docs: number;
  dead: number;
}

/** Segments whose document counts are within a factor of this of each other share a tier; a full tier merges. */
export const MERGE_FACTOR = 8;
/** A segment mostly made of dead documents is rewritten on its own to reclaim them. */
const PURGE_DEAD_RATIO = 0.5;

/**
 * Lucene-style tiered merging: segments grow by a factor per merge, so a document is merged about
 * log_8(N) times in all and the number of segments stays logarithmic. Returns the ids to merge next, smallest
 * tier first, or null when nothing needs merging.
 */
export function chooseMerge(segments: SegmentInfo[]): string[] | null {
  const tiers = new Map<string, SegmentInfo[]>();
  for (const segment of segments) {
    const live = Math.max(1, segment.docs - segment.dead);
    const key = `${segment.language}:${Math.floor(Math.log(live) / Math.log(MERGE_FACTOR))}`;
    if (!tiers.has(key)) tiers.set(key, []);
    tiers.get(key)!.push(segment);
  }
  const full = [...tiers.entries()]
    .filter(([, group]) => group.length >= MERGE_FACTOR)
    .sort(([a], [b]) => Number(a.split(':')[1]) - Number(b.split(':')[1]));
  if (full.length > 0) {
    const group = full[0]![1].sort((a, b) => a.docs - a.dead - (b.docs - b.dead));
    return group.slice(0, MERGE_FACTOR).map((s) => s.id);
  }
  const mostlyDead = segments.find((s) => s.docs >= 16 && s.dead / s.docs > PURGE_DEAD_RATIO);
  return mostlyDead ? [mostlyDead.id] : null;
}

/**
 * When the index is idle: the segments of a language much smaller than its largest (by more than MERGE_FACTOR),
 * merged into one. Tiers leave up to MERGE_FACTOR - 1 segments in each, and every query pays for each segment
 * (fuzzy and wildcard terms most: one automaton intersection per segment). Null when no language has two.
 */
export function chooseIdleMerge(segments: SegmentInfo[]): string[] | null {
  const live = (s: SegmentInfo): number => s.docs - s.dead;
  const languages = new Map<string, SegmentInfo[]>();
  for (const segment of segments) languages.set(segment.language, [...(languages.get(segment.language) ?? []), segment]);
  for (const group of languages.values()) {
    const largest = Math.max(...group.map(live));
    const small = group.filter((s) => live(s) * MERGE_FACTOR < largest);
    if (small.length >= 2) return small.map((s) => s.id);
  }
  return null;
}
