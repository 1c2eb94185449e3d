/**
 * Peak resident set size of this process, in bytes. maxRSS only ever grows, which is why each engine runs in a process
 * of its own: measured in one shared process, the second engine would inherit the first one's peak.
 */
export const peakRssBytes = (): number => process.resourceUsage().maxRSS * 1024;

export const currentRssBytes = (): number => process.memoryUsage().rss;

/** Peak RSS after each named phase, to see which phase sets the peak. */
export class MemoryLog {
  readonly phases: Record<string, number> = {};

  mark(phase: string): void {
    this.phases[phase] = peakRssBytes();
  }
}
