// The long crash test: npm run crash-test -- [--kills 200] [--seed N] [--keep]
// Prints one line per kill and the figures at the end; exits 1 at the first failure (with the seed to repeat it).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashTest } from './harness';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, seed: { type: 'string' }, keep: { type: 'boolean' } } });
const kills = Number(values.kills);
const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 1e6);
const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-crash-'));
console.log(`crash test: ${kills} kills, seed ${seed}, in ${dir}`);
try {
  const figures = await runCrashTest({ dir, kills, seed, report: (line) => console.log(line) });
  console.log(`\n${JSON.stringify(figures, null, 2)}`);
  console.log(`${figures.kills} kills survived: ${figures.acknowledged} acknowledged writes all present, ${figures.searches} searches agreed with the data`);
} catch (error) {
  console.error(`FAILED (seed ${seed}, notebook kept in ${dir}): ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  if (!values.keep && process.exitCode !== 1) await rm(dir, { recursive: true, force: true });
}
