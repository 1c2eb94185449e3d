// Where a tmpfs cannot be mounted (no root), the disk-fault tests fall back to this: node:fs/promises wrapped at
// the module boundary (vi.mock) so that, for paths under a chosen folder, writes fail as the kernel would fail
// them: ENOSPC once data is written (a full disk), EROFS for anything that changes the folder (read-only).
import type * as fsPromises from 'node:fs/promises';

type FsPromises = typeof fsPromises;

export const faults = { under: '', mode: null as null | 'ENOSPC' | 'EROFS' };

const errno = (code: string, syscall: string, file: unknown): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${code === 'ENOSPC' ? 'no space left on device' : 'read-only file system'}, ${syscall} '${String(file)}'`), { code, syscall, path: String(file) });

const hit = (file: unknown): boolean => faults.mode !== null && faults.under !== '' && String(file).startsWith(faults.under);
const writes = (flags: unknown): boolean => typeof flags === 'string' && /[wax+]/.test(flags);

/** node:fs/promises with the faults above applied. */
export function wrap(fs: FsPromises): FsPromises {
  const readOnly = (name: keyof FsPromises) =>
    (async (file: unknown, ...rest: unknown[]) => {
      if (hit(file) && faults.mode === 'EROFS') throw errno('EROFS', String(name), file);
      return (fs[name] as (...args: unknown[]) => unknown)(file, ...rest);
    }) as never;
  return {
    ...fs,
    async open(file: Parameters<FsPromises['open']>[0], flags?: Parameters<FsPromises['open']>[1], mode?: Parameters<FsPromises['open']>[2]) {
      if (hit(file) && writes(flags) && faults.mode === 'EROFS') throw errno('EROFS', 'open', file);
      const handle = await fs.open(file, flags, mode);
      if (!hit(file) || !writes(flags)) return handle;
      const full = async (): Promise<never> => {
        await handle.close().catch(() => undefined);
        throw errno('ENOSPC', 'write', file);
      };
      return new Proxy(handle, {
        get(target, key, receiver) {
          if ((key === 'writeFile' || key === 'write') && faults.mode === 'ENOSPC') return full;
          const value = Reflect.get(target, key, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
    writeFile: readOnly('writeFile'),
    appendFile: readOnly('appendFile'),
    mkdir: readOnly('mkdir'),
    rename: readOnly('rename'),
    link: readOnly('link'),
    copyFile: readOnly('copyFile'),
    rm: readOnly('rm'),
    unlink: readOnly('unlink'),
    utimes: readOnly('utimes'),
  };
}
