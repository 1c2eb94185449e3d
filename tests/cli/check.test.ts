import { spawn } from 'node:child_process';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main';
import { PROJECT_ROOT } from '../helpers/shared-corpus';
import { tempDir } from '../helpers/temp-dir';

const ARTICLE = 'Harbour Ferry Route Approved\n\nThe harbour council approved a ferry route on Monday. The trial costs 2.4 million euros a year.';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} });
  return { code, stdout, stderr };
}

async function notebook(): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'ferry.txt'), ARTICLE);
  const nb = path.join(dir, 'nb');
  expect((await cli(['--notebook', nb, 'import', path.join(dir, 'ferry.txt')])).code).toBe(0);
  return nb;
}

describe('sourcebook check', () => {
  it('says a sound notebook is sound, and exits 0', async () => {
    const nb = await notebook();
    const run = await cli(['--notebook', nb, 'check']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/checked 1 article\(s\), 0 highlight\(s\).*\nThe notebook is sound\.\n$/);
  });

  it('reports a leftover and exits 1; --repair removes it and exits 0', async () => {
    const nb = await notebook();
    const leftover = path.join(nb, 'content', '00', 'x.json.0123abcd.tmp');
    await mkdir(path.dirname(leftover), { recursive: true });
    await writeFile(leftover, 'x');
    await utimes(leftover, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    const found = await cli(['--notebook', nb, 'check']);
    expect(found.code).toBe(1);
    expect(found.stdout).toContain('repairable  content/00/x.json.0123abcd.tmp is left over from an interrupted write');
    expect(found.stdout).toContain('sourcebook check --repair');
    const repaired = await cli(['--notebook', nb, '--json', 'check', '--repair']);
    expect(repaired.code).toBe(0);
    expect(JSON.parse(repaired.stdout)).toMatchObject({ ok: true, problems: [{ kind: 'leftover-file', repaired: true }] });
  });

  it('points to restore when a catalogue file does not parse', async () => {
    const nb = await notebook();
    const [shard] = (await import('node:fs')).readdirSync(path.join(nb, 'data')).filter((n) => /^[0-9a-f]{2}\.json$/.test(n));
    await writeFile(path.join(nb, 'data', shard!), '{ broken');
    const run = await cli(['--notebook', nb, 'check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/is corrupt .*Run "sourcebook restore"/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('sourcebook restore --from', () => {
  it('lists the snapshots and puts the catalogue back as it was in one', async () => {
    const nb = await notebook();
    await cli(['--notebook', nb, 'list']); // the second open takes the first daily snapshot (the first had no data)
    const [snapshot] = JSON.parse((await cli(['--notebook', nb, '--json', 'restore', '--list'])).stdout) as { name: string }[];
    expect(snapshot?.name).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const [article] = JSON.parse((await cli(['--notebook', nb, '--json', 'list'])).stdout) as { id: string }[];
    expect((await cli(['--notebook', nb, 'delete', article!.id])).code).toBe(0);
    const restored = await cli(['--notebook', nb, 'restore', '--from', snapshot!.name]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/restored the catalogue from .*; the state before is snapshot .*before-restore/);
    expect(JSON.parse((await cli(['--notebook', nb, '--json', 'list'])).stdout)).toHaveLength(1);
    expect((await cli(['--notebook', nb, 'search', 'ferry'])).stdout).toContain('Harbour Ferry Route Approved');
  });
});

/** Another process with the notebook open (the app, or `sourcebook serve`). */
const holdNotebook = (nb: string) =>
  spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'tests/helpers/hold-notebook.ts'), nb, 'sourcebook serve'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

describe('one writer per notebook, across processes', () => {
  it('refuses a second CLI while a server has the notebook open, and lets it in after', async () => {
    const nb = await notebook();
    const server = holdNotebook(nb);
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        server.on('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
      });
      const refused = await cli(['--notebook', nb, 'list']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`^sourcebook: The notebook .* is open in sourcebook serve \\(pid ${server.pid}, since \\d{4}-[^)]*\\); close it there first\\.\\n$`));
      expect((await cli(['--notebook', nb, 'restore'])).stderr).toContain('is open in sourcebook serve');
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.on('exit', resolve));
    }
    expect((await cli(['--notebook', nb, 'list'])).code).toBe(0);
  }, 60_000);

  it('opens a notebook whose last writer was killed (its lock is stale)', async () => {
    const nb = await notebook();
    const server = holdNotebook(nb);
    await new Promise<void>((resolve) => server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve()));
    server.kill('SIGKILL');
    await new Promise((resolve) => server.on('exit', resolve));
    expect((await cli(['--notebook', nb, 'list'])).code).toBe(0);
  }, 60_000);
});
