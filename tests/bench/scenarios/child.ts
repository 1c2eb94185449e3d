import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(HERE, '../../..');

/**
 * Runs a script of this folder in a fresh Node process (TypeScript through tsx's loader) and returns the JSON it wrote to
 * `out`. A fresh process per engine keeps peak RSS and JIT state from leaking between engines, and is the only
 * honest way to measure a cold open. The child's stderr (progress) is passed through; its stdout is not, so
 * `--json` output stays one object.
 */
export async function runChild<T>(script: string, args: string[], out: string): Promise<T> {
  return runNode(['--import', 'tsx', path.join(HERE, script)], args, out);
}

/** The same for a bundled script, run by plain Node as the packaged app runs its bundles (no tsx, no loader). */
export async function runBundle<T>(bundle: string, args: string[], out: string): Promise<T> {
  return runNode([bundle], args, out);
}

async function runNode<T>(node: string[], args: string[], out: string): Promise<T> {
  const script = node.at(-1)!;
  // Every engine runs on Node's default heap (a target): a larger heap given to the parent (NODE_OPTIONS, for
  // generating a 50,000-article corpus) is not passed on.
  const { NODE_OPTIONS: _parentOptions, ...env } = process.env;
  const child = spawn(process.execPath, [...node, ...args, '--out', out], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${code}`);
  try {
    return JSON.parse(await readFile(out, 'utf8')) as T;
  } finally {
    await rm(out, { force: true });
  }
}
