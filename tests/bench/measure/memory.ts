import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Peak resident set size of this process, in bytes. maxRSS only ever grows, which is why each engine runs in a process
 * of its own: measured in one shared process, the second engine would inherit the first one's peak.
 */
export const peakRssBytes = (): number => process.resourceUsage().maxRSS * 1024;

export const currentRssBytes = (): number => process.memoryUsage.rss();

/** A full garbage collection, without starting Node with --expose-gc. */
export function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** How often RSS is sampled while an engine runs. */
const SAMPLE_MS = 50;

/**
 * Peak RSS of the engine's run, apart from what generating the corpus cost. The generator's garbage sets a
 * high-water mark (maxRSS) before the engine starts (about 1 GB at 10,000 articles, 0.4 GB of it freed by a GC), so
 * maxRSS alone would charge the harness to the engine. `start()` collects that garbage and records the RSS the
 * harness keeps (`harnessRssBytes`); from then on the peak is maxRSS when the run went above the harness' own
 * high-water mark (exact), or else the largest RSS sampled every 50 ms and at every phase.
 */
export class MemoryLog {
  /** Peak RSS from start() to the end of each named phase, to see which phase sets the peak. */
  readonly phases: Record<string, number> = {};
  harnessRssBytes = 0;
  harnessPeakRssBytes = 0;
  private maxRssAtStart = 0;
  private sampled = 0;
  private timer: NodeJS.Timeout | null = null;

  start(): void {
    collectGarbage();
    this.harnessRssBytes = currentRssBytes();
    this.maxRssAtStart = this.harnessPeakRssBytes = peakRssBytes();
    this.sampled = this.harnessRssBytes;
    this.phases['harness'] = this.harnessRssBytes;
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  /** Peak RSS since start(), harness included. */
  peakSinceStart(): number {
    this.sample();
    const max = peakRssBytes();
    return max > this.maxRssAtStart ? max : this.sampled;
  }

  mark(phase: string): void {
    this.phases[phase] = this.peakSinceStart();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private sample(): void {
    this.sampled = Math.max(this.sampled, currentRssBytes());
  }
}
