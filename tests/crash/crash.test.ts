import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';
import { runCrashTest } from './harness';

/** The short version of the crash test; `npm run crash-test -- --kills 200` runs the long one. */
const KILLS = 20;

describe('crash test: a writer killed with SIGKILL at random moments', () => {
  it(`loses no acknowledged write and leaves a sound notebook, ${KILLS} kills in a row`, async () => {
    const figures = await runCrashTest({ dir: await tempDir('sourcebook-crash-'), kills: KILLS, seed: 20260301 });
    console.log(`crash test: ${JSON.stringify(figures)}`);
    expect(figures.kills).toBe(KILLS);
    expect(figures.acknowledged).toBeGreaterThan(KILLS * 5); // the writer really wrote between kills
  }, 600_000);
});
