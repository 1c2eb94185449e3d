import os from 'node:os';
import v8 from 'node:v8';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  platform: string;
  /** V8's heap limit of the bench's own process (each engine's is in its memory.heapLimitBytes). */
  heapLimitBytes: number;
  /** 1-minute load average when the bench started and when it ended. Other processes competing for the cores
   * (a test run, a build) slow every figure; the report warns when the load was above the core count. */
  loadAverage: { start: number; end: number };
}

/** What the figures were measured on; figures from different machines are not comparable. */
export function machine(loadAtStart: number): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    heapLimitBytes: v8.getHeapStatistics().heap_size_limit,
    loadAverage: { start: loadAtStart, end: loadAverage() },
  };
}

export const loadAverage = (): number => Math.round(os.loadavg()[0]! * 100) / 100;

/** True when other work competed for the CPU: the figures are then slower than the machine can do. */
export const wasBusy = (m: Machine): boolean => Math.max(m.loadAverage.start, m.loadAverage.end) > m.cores;
