import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared-corpus';
import { tempDir } from '../helpers/temp-dir';

// The real run over the sources is in .ci/run (npm run electronegativity); this proves that run would fail.
describe('the electronegativity gate', () => {
  it('fails the build on a finding nobody reviewed', async () => {
    const bad = path.join(await tempDir(), 'bad-window.ts');
    await writeFile(bad, "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n");
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'tests/security/electronegativity.ts', '--plant', bad], { cwd: PROJECT_ROOT }).then(
      (done) => ({ code: 0, stdout: done.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FINDING +CONTEXT_ISOLATION_JS_CHECK +main\/planted\.ts:2/);
    expect(run.stdout).toMatch(/FINDING +SANDBOX_JS_CHECK +main\/planted\.ts:2/);
  }, 120_000);
});
