// `npm run dist` where Electron's binary cannot be had (as on this project's machines): one line saying so and
// what to do, exit status 1, no stack trace, and nothing built. Also its option parsing.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import config from '../../electron.config';
import { DistError, effectiveConfig, electronMirror, ensureElectron, failureLine, parseDistArgs, README_HINT, unreachableReason } from '../../main/build/dist';
import { PROJECT_ROOT } from '../../main/build/build-renderer';
import { tempDir } from '../helpers/temp-dir';

const run = promisify(execFile);
/** A mirror that refuses connections at once: the discard port on this machine. */
const NOWHERE = 'http://127.0.0.1:9/';

describe('npm run dist without an Electron binary', () => {
  it('stops with one line naming the missing zip and the way out, before building anything', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_MIRROR: NOWHERE, electron_config_cache: await tempDir() };
    for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'GLOBAL_AGENT_HTTPS_PROXY', 'DEBUG']) delete env[name];
    const tsx = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const started = Date.now();
    const failure = await run(process.execPath, [tsx, 'main/build/dist.ts', '--linux', '--x64'], { cwd: PROJECT_ROOT, env, timeout: 60_000 }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure).not.toBeNull();
    expect(failure!.code).toBe(1);
    const lines = failure!.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Electron binary not available: electron-v\d+\.\d+\.\d+-linux-x64\.zip is not in the cache \(.+\) and could not be downloaded \(ECONNREFUSED: 127\.0\.0\.1\); /);
    expect(lines[0]!.endsWith(README_HINT)).toBe(true);
    expect(failure!.stdout).not.toMatch(/Built in/);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('says so when the given Electron folder does not exist', async () => {
    const missing = path.join(await tempDir(), 'no-electron-here');
    await expect(ensureElectron([{ platform: 'linux', arch: 'x64' }], effectiveConfig({ electronDist: missing, out: null }))).rejects.toThrow(
      new DistError(`Electron binary not available: ${missing} does not exist (--electron-dist takes an unpacked Electron folder or its zip)`),
    );
  });

  it('knows a refused or unresolvable mirror without waiting for download retries, and trusts a proxy', async () => {
    expect(await unreachableReason(NOWHERE, 5000, {})).toBe('ECONNREFUSED: 127.0.0.1');
    expect(await unreachableReason('https://no-such-host.invalid/', 5000, {})).toMatch(/^(ENOTFOUND|EAI_AGAIN): no-such-host\.invalid$/);
    expect(await unreachableReason(NOWHERE, 5000, { HTTPS_PROXY: 'http://proxy:3128' })).toBeNull();
    expect(electronMirror(config, {})).toBe('https://github.com/electron/electron/releases/download/');
    expect(electronMirror(config, { ELECTRON_MIRROR: NOWHERE })).toBe(NOWHERE);
  });
});

describe('parseDistArgs', () => {
  it('takes platforms, one architecture, --dir, an Electron folder, an output folder and --skip-build', () => {
    expect(parseDistArgs([])).toEqual({ platforms: [], arch: null, dir: false, electronDist: null, out: null, skipBuild: false });
    expect(parseDistArgs(['--win', '--linux', '--arm64', '--dir', '--electron-dist', 'e', '--out', 'o', '--skip-build'])).toEqual({
      platforms: ['linux', 'win'],
      arch: 'arm64',
      dir: true,
      electronDist: path.resolve('e'),
      out: path.resolve('o'),
      skipBuild: true,
    });
  });

  it('refuses unknown options and two architectures with one line', () => {
    expect(() => parseDistArgs(['--bogus'])).toThrow(/^Unknown option '--bogus' \(options: /);
    expect(() => parseDistArgs(['--x64', '--arm64'])).toThrow('choose one of --x64 and --arm64');
    expect(failureLine(new DistError('as it is'))).toBe('as it is');
    expect(failureLine(new Error('makensis failed\n  at …'))).toBe('Packaging failed: makensis failed');
  });

  it('applies --electron-dist and --out over electron.config.ts without changing it', () => {
    const cfg = effectiveConfig({ electronDist: '/e', out: '/o' });
    expect(cfg).toMatchObject({ electronDist: '/e', directories: { output: '/o', buildResources: 'dist/icons' } });
    expect(config.directories?.output).toBe('out');
    expect(config.electronDist).toBeUndefined();
  });
});
