// `npm run dist` / `npm run dist:dir`: builds dist/ and runs electron-builder with electron.config.ts.
//
// electron-builder starts every package from Electron's prebuilt binary for the target platform, which it
// downloads (or finds in @electron/get's cache). Where that is impossible — offline, or on this project's
// development machines, which reach the npm registry only — this stops before building, with one line saying so,
// instead of electron-builder's stack trace minutes later. Any other failure is one line too (DEBUG=1 for the
// stack).
//
//   npm run dist [-- OPTIONS]          installers for this platform (AppImage + deb, NSIS, or dmg)
//   npm run dist:dir [-- OPTIONS]      the unpacked app only (out/<platform>-unpacked), for a quick look
//
//   --linux | --win | --mac            the platform(s) to package for (default: this one)
//   --x64 | --arm64                    the architecture (default: electron-builder's, x64 on most machines)
//   --electron-dist PATH               an unpacked Electron, or its zip, to use instead of downloading one
//   --out DIR                          where packages go (default: out/)
//   --skip-build                       use dist/ as it is
import { readdir, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Arch, Configuration, Platform } from 'electron-builder';
import config from '../../electron.config';
import { buildAndReport } from './build';
import { PROJECT_ROOT } from './build-renderer';

export const README_HINT = 'build installers on a machine with internet access (see README › Packaging)';

/** A failure with a message meant for the user as it is. */
export class DistError extends Error {}

export interface DistOptions {
  platforms: Array<'linux' | 'win' | 'mac'>;
  arch: 'x64' | 'arm64' | null;
  dir: boolean;
  electronDist: string | null;
  out: string | null;
  skipBuild: boolean;
}

/** @throws DistError on an unknown or malformed option */
export function parseDistArgs(args: string[]): DistOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        linux: { type: 'boolean' },
        win: { type: 'boolean' },
        mac: { type: 'boolean' },
        x64: { type: 'boolean' },
        arm64: { type: 'boolean' },
        dir: { type: 'boolean' },
        'electron-dist': { type: 'string' },
        out: { type: 'string' },
        'skip-build': { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new DistError(`${(error as Error).message.split('\n')[0]} (options: --linux --win --mac --x64 --arm64 --dir --electron-dist PATH --out DIR --skip-build)`);
  }
  if (values.x64 && values.arm64) throw new DistError('choose one of --x64 and --arm64');
  const platforms = (['linux', 'win', 'mac'] as const).filter((p) => values[p]);
  return {
    platforms,
    arch: values.x64 ? 'x64' : values.arm64 ? 'arm64' : null,
    dir: values.dir ?? false,
    electronDist: values['electron-dist'] ? path.resolve(values['electron-dist']) : null,
    out: values.out ? path.resolve(values.out) : null,
    skipBuild: values['skip-build'] ?? false,
  };
}

/** electron-builder's configuration for this run: electron.config.ts with the command line's overrides. */
export function effectiveConfig(options: Pick<DistOptions, 'electronDist' | 'out'>, base: Configuration = config): Configuration {
  return {
    ...base,
    ...(options.electronDist ? { electronDist: options.electronDist } : {}),
    ...(options.out ? { directories: { ...base.directories, output: options.out } } : {}),
  };
}

/** The (platform, arch) pairs electron-builder will need an Electron for, in @electron/get's names. */
async function electronTargets(options: DistOptions): Promise<{ targets: Map<Platform, Map<Arch, string[]>>; needs: Array<{ platform: string; arch: string }> }> {
  const builder = await import('electron-builder');
  const { LINUX, WINDOWS, MAC } = builder.Platform;
  const byName = { linux: LINUX, win: WINDOWS, mac: MAC } as const;
  const platforms = options.platforms.length ? options.platforms.map((p) => byName[p]) : [builder.Platform.current()];
  const targets = builder.createTargets(platforms, options.dir ? 'dir' : null, options.arch);
  const needs: Array<{ platform: string; arch: string }> = [];
  for (const [platform, archs] of targets) for (const arch of archs.keys()) needs.push({ platform: platform.nodeName, arch: builder.Arch[arch] });
  return { targets, needs };
}

/**
 * Makes sure electron-builder will find an Electron for every target: the --electron-dist (or config
 * electronDist) path exists, or the zip is in @electron/get's cache or can be downloaded into it now (the same
 * call electron-builder makes, so it then finds the zip in the cache).
 * @throws DistError "Electron binary not available: …"
 */
export async function ensureElectron(needs: Array<{ platform: string; arch: string }>, cfg: Configuration, projectDir: string = PROJECT_ROOT): Promise<void> {
  const dist = typeof cfg.electronDist === 'string' ? path.resolve(projectDir, cfg.electronDist) : null;
  if (dist) {
    if (!(await stat(dist).catch(() => null))) throw new DistError(`Electron binary not available: ${dist} does not exist (--electron-dist takes an unpacked Electron folder or its zip)`);
    return;
  }
  const { getElectronVersion } = await import('app-builder-lib/out/electron/electronVersion');
  const { defaultElectronGetCacheRoot, downloadElectronArtifactZip } = await import('app-builder-lib/out/util/electronGet');
  const version = await getElectronVersion(projectDir, cfg);
  const cache = process.env.electron_config_cache || defaultElectronGetCacheRoot();
  for (const { platform, arch } of needs) {
    const zip = `electron-v${version}-${platform}-${arch}.zip`;
    const unavailable = (reason: string): DistError =>
      new DistError(`Electron binary not available: ${zip} is not in the cache (${cache}) and could not be downloaded (${reason}); ${README_HINT}`);
    // Offline, the download below would retry for most of a minute before giving up: a quick look first.
    if (!(await inCache(cache, zip))) {
      const unreachable = await unreachableReason(electronMirror(cfg));
      if (unreachable) throw unavailable(unreachable);
    }
    try {
      await downloadElectronArtifactZip({ electronDownload: cfg.electronDownload ?? null, artifactName: 'electron', platformName: platform, arch, version });
    } catch (error) {
      throw unavailable(String((error as Error)?.message ?? error).split('\n')[0]!.trim());
    }
  }
}

/** @electron/get keeps each zip in a folder named by a hash of its URL, one level below the cache root. */
async function inCache(cacheRoot: string, zip: string): Promise<boolean> {
  const folders = await readdir(cacheRoot).catch(() => [] as string[]);
  for (const folder of folders) if (await stat(path.join(cacheRoot, folder, zip)).catch(() => null)) return true;
  return false;
}

/** Where Electron zips come from: the configured or ELECTRON_MIRROR mirror, else GitHub's releases. */
export function electronMirror(cfg: Configuration, env: NodeJS.ProcessEnv = process.env): string {
  const download = (cfg.electronDownload ?? {}) as { mirror?: string | null; mirrorOptions?: { mirror?: string } };
  return download.mirror || download.mirrorOptions?.mirror || env.ELECTRON_MIRROR || env.npm_config_electron_mirror || 'https://github.com/electron/electron/releases/download/';
}

/**
 * Null when a TCP connection to the mirror's host opens within `timeoutMs`, else why not (ENOTFOUND…). Behind a
 * proxy the host may be unreachable directly and reachable through it: then nothing is checked here.
 */
export async function unreachableReason(mirror: string, timeoutMs = 5000, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if (['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'GLOBAL_AGENT_HTTPS_PROXY'].some((name) => env[name])) return null;
  let url: URL;
  try {
    url = new URL(mirror);
  } catch {
    return `the mirror ${mirror} is not a URL`;
  }
  if (url.protocol === 'file:') return null;
  const port = Number(url.port) || (url.protocol === 'http:' ? 80 : 443);
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port });
    const done = (reason: string | null): void => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer from ${url.hostname} within ${timeoutMs / 1000} s`));
    socket.once('connect', () => done(null));
    socket.once('error', (error: NodeJS.ErrnoException) => done(`${error.code ?? 'error'}: ${url.hostname}`));
  });
}

/** Runs the whole thing. @returns the artifacts electron-builder wrote */
export async function dist(args: string[]): Promise<string[]> {
  const options = parseDistArgs(args);
  const cfg = effectiveConfig(options);
  const { targets, needs } = await electronTargets(options);
  await ensureElectron(needs, cfg);
  if (!options.skipBuild) await buildAndReport();
  const { build } = await import('electron-builder');
  return build({ projectDir: PROJECT_ROOT, targets, config: cfg, publish: 'never' });
}

/** The one line to print for a failure: a DistError as it is, anything else prefixed. */
export function failureLine(error: unknown): string {
  const message = String((error as Error)?.message ?? error).split('\n')[0]!.trim();
  return error instanceof DistError ? message : `Packaging failed: ${message}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  dist(process.argv.slice(2)).then(
    (artifacts) => {
      for (const file of artifacts) console.log(`  ${path.relative(PROJECT_ROOT, file)}`);
    },
    (error: unknown) => {
      if (process.env.DEBUG) console.error(error);
      console.error(failureLine(error));
      process.exitCode = 1;
    },
  );
}
