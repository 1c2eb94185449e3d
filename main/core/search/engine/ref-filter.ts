/**
 * The refs a query is limited to (what the search's filters let through), with a key that names this exact set:
 * the set changes only with the notebook, so a worker keeps recent sets by key and is sent each one once.
 */
export interface RefFilter {
  key: string;
  refs: ReadonlySet<string>;
}

/** How many sets a worker keeps (a few filters in use at a time; each may hold tens of thousands of refs). */
const KEPT = 4;

/** The error a worker answers with when it no longer has the set a query names: send it again. */
export const UNKNOWN_FILTER = 'UnknownFilter';

/** Recent filter sets by key, the oldest dropped first. */
export class RecentFilters {
  private readonly sets = new Map<string, ReadonlySet<string>>();

  get(key: string): ReadonlySet<string> | undefined {
    return this.sets.get(key);
  }

  has(key: string): boolean {
    return this.sets.has(key);
  }

  add(key: string, refs: ReadonlySet<string>): void {
    this.sets.delete(key);
    this.sets.set(key, refs);
    if (this.sets.size > KEPT) this.sets.delete(this.sets.keys().next().value!);
  }
}
