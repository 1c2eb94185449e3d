// The validators in ../shared (W3C test-suite schemas, REFI-QDA XSDs). Tests that need them skip with a visible
// message when ../shared or xmllint is absent.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe } from 'vitest';
import { PROJECT_ROOT, SHARED_DIR } from '../../helpers/shared-corpus';

const run = promisify(execFile);
export const W3C_DIR = path.join(SHARED_DIR, 'validators', 'w3c-annotation');
export const REFI_DIR = path.join(SHARED_DIR, 'validators', 'refi-qda');

const hasXmllint = (() => {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (existsSync(path.join(dir, 'xmllint'))) return true;
  return false;
})();

export function describeIf(ready: boolean, why: string, name: string, body: () => void): void {
  if (!ready) {
    console.warn(`[skipped] ${name}: ${why}`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

export const w3cReady = existsSync(path.join(W3C_DIR, 'validate-w3c.cjs'));
export const w3cWhy = `${W3C_DIR} is absent`;
export const refiReady = existsSync(path.join(REFI_DIR, 'Project-mrt2019.xsd')) && hasXmllint;
export const refiWhy = hasXmllint ? `${REFI_DIR} is absent` : 'xmllint is not installed (Debian: libxml2-utils)';

/** The optional ("may"/"should") assertions this exporter relies on, promoted to failures. */
export const W3C_REQUIRED = [
  'annotations/3.3.1-annotationSingleCreatorImplemented.json',
  'annotations/3.3.1-annotationCreatedImplemented.json',
  'annotations/3.3.1-annotationModifiedImplemented.json',
  'annotations/3.3.5-annotationMotivationImplemented.json',
  'annotations/3.3.5-annotationSingleMotivationImplemented.json',
  'annotations/3.1-bodyKeyFound.json',
  'annotations/bodiesTargets/3.3.5-bodyPurpose.json',
  'annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json',
  'annotations/bodiesTargets/4-targSpecificResource.json',
  'annotations/specificResource/4.2.4-textQuoteSelector.json',
  'annotations/specificResource/4.2.4-prefix.json',
  'annotations/specificResource/4.2.4-suffix.json',
  'annotations/specificResource/4.2.5-textPositionSelector.json',
];

/** Runs validate-w3c.cjs; resolves to its exit code and output. */
export async function validateW3c(files: string[], tests: string[], required: string[] = []): Promise<{ code: number; output: string }> {
  const args = [path.join(W3C_DIR, 'validate-w3c.cjs'), '--test', tests.join(','), ...(required.length ? ['--require', required.join(',')] : []), ...files];
  try {
    const { stdout } = await run(process.execPath, args, { env: { ...process.env, NODE_PATH: path.join(PROJECT_ROOT, 'node_modules') } });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** xmllint --noout --schema XSD FILE; resolves to its exit code and output. */
export async function validateXml(file: string, xsd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('xmllint', ['--noout', '--schema', path.join(REFI_DIR, xsd), file]);
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
