/**
 * The best hits of a query in lunr's order (score descending, then ref), keeping at most `capacity` of them: a
 * common word hits most of the notebook and a page shows 20, so a bounded heap replaces sorting every hit. Counts
 * every hit offered, for the total.
 */
export class TopHits {
  total = 0;
  /** A heap with the worst kept hit at the root while full; unordered until `ranked`. */
  private readonly refs: string[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}

  offer(ref: string, score: number): void {
    this.total++;
    const { refs, scores } = this;
    if (refs.length < this.capacity) {
      refs.push(ref);
      scores.push(score);
      if (refs.length === this.capacity) this.heapify();
      return;
    }
    if (this.capacity === 0 || !ranksBefore(score, ref, scores[0]!, refs[0]!)) return;
    refs[0] = ref;
    scores[0] = score;
    this.siftDown(0);
  }

  /** The kept hits, best first. */
  ranked(): { refs: string[]; scores: number[] } {
    const order = this.refs.map((_, i) => i).sort((a, b) => (ranksBefore(this.scores[a]!, this.refs[a]!, this.scores[b]!, this.refs[b]!) ? -1 : 1));
    return { refs: order.map((i) => this.refs[i]!), scores: order.map((i) => this.scores[i]!) };
  }

  private heapify(): void {
    for (let i = (this.refs.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  /** Moves the hit at i down until both children rank before it (the worst hit rises to the root). */
  private siftDown(i: number): void {
    const { refs, scores } = this;
    const n = refs.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) return;
      const right = left + 1;
      const worse = right < n && ranksBefore(scores[left]!, refs[left]!, scores[right]!, refs[right]!) ? right : left;
      if (!ranksBefore(scores[i]!, refs[i]!, scores[worse]!, refs[worse]!)) return;
      [refs[i], refs[worse]] = [refs[worse]!, refs[i]!];
      [scores[i], scores[worse]] = [scores[worse]!, scores[i]!];
      i = worse;
    }
  }
}

/** lunr's order: the higher score first; equal scores by ref. */
function ranksBefore(scoreA: number, refA: string, scoreB: number, refB: string): boolean {
  return scoreA > scoreB || (scoreA === scoreB && refA < refB);
}
