// The bundles Electron loads, built for real: the sandboxed preload must run with nothing but `electron` to
// require, and the main bundle may require only `electron` and Node's built-in modules.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildElectron } from '../../main/build/build-electron';

let outDir: string;
let written: string[];

const requiredModules = (code: string): string[] => [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))];

// One build for the file (tempDir() would remove it after the first test).
beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-bundles-'));
  written = await buildElectron(outDir);
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('electron bundles', () => {
  it('writes main.cjs and preload.cjs', () => {
    expect(written.map((file) => path.relative(outDir, file)).sort()).toEqual(['main.cjs', 'main.cjs.map', 'preload.cjs', 'preload.cjs.map']);
  });

  it('leaves only electron and Node built-ins to require in main.cjs', async () => {
    const required = requiredModules(await readFile(path.join(outDir, 'main.cjs'), 'utf8'));
    expect(required).toContain('electron');
    expect(required.filter((name) => name !== 'electron' && !isBuiltin(name))).toEqual([]);
  });

  it('runs preload.cjs in a bare context where only electron can be required', async () => {
    const code = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(requiredModules(code)).toEqual(['electron']);
    const exposed: Record<string, Record<string, unknown>> = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => void (exposed[key] = api) },
      ipcRenderer: { on: vi.fn(), removeListener: vi.fn(), invoke: vi.fn(async () => ({ ok: true, value: [] })) },
      webUtils: { getPathForFile: () => '' },
    };
    const require = (name: string): unknown => {
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require '${name}'`);
    };
    const module = { exports: {} };
    // A fresh context: no process, Buffer or Node globals, stricter than Electron's sandbox.
    vm.runInNewContext(code, vm.createContext({ require, module, exports: module.exports, console }), { filename: 'preload.cjs' });
    expect(Object.keys(exposed)).toEqual(['sourcebook']);
    expect(Object.keys(exposed.sourcebook!).sort()).toEqual(['call', 'onEvent', 'onMenuCommand', 'openExternal', 'pathForFile', 'pickImportPaths']);
    const call = exposed.sourcebook!.call as (method: string, params: unknown) => Promise<unknown>;
    expect(await call('articles.list', {})).toEqual({ ok: true, value: [] });
    expect(await call('nope', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
