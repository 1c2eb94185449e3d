// The bundles Electron loads, built for real: the sandboxed preload must run with nothing but `electron` to
// require, and the main bundle may require only `electron` and Node's built-in modules.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
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
  it('writes main.cjs, preload.cjs, the worker threads, the importers and the demo articles', () => {
    const files = written.map((file) => path.relative(outDir, file));
    expect(files.filter((f) => f.startsWith('demo')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => !f.startsWith('demo')).sort()).toEqual([
      'importers.cjs',
      'importers.cjs.map',
      'main.cjs',
      'main.cjs.map',
      'merge-worker.cjs',
      'merge-worker.cjs.map',
      'pdf-worker.cjs',
      'pdf-worker.cjs.map',
      'preload.cjs',
      'preload.cjs.map',
      'search-worker.cjs',
      'search-worker.cjs.map',
    ]);
  });

  it('runs the bundled search worker, which finds its merge worker beside it', async () => {
    const indexDir = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-worker-'));
    const worker = new Worker(path.join(outDir, 'search-worker.cjs'));
    let next = 0;
    const send = (request: Record<string, unknown>) =>
      new Promise<{ ok: boolean; value?: unknown; error?: { name: string } }>((resolve) => {
        const id = next++;
        const onReply = (reply: { id: number; ok: boolean }) => reply.id === id && (worker.off('message', onReply), resolve(reply));
        worker.on('message', onReply);
        worker.postMessage({ ...request, id });
      });
    try {
      expect(await send({ op: 'open', dir: indexDir })).toMatchObject({ ok: true });
      // Eight one-document updates fill a merge tier: the merge worker must load from the bundle folder.
      for (let i = 0; i < 8; i++) {
        const doc = { ref: `a:${i}`, version: '1', language: 'en', fields: { title: `Ferry ${i}`, body: 'ferries to the islands' } };
        await send({ op: 'update', documents: [doc], removed: [], fingerprint: String(i) });
      }
      expect(await send({ op: 'settle' })).toMatchObject({ ok: true });
      expect(await send({ op: 'stats' })).toMatchObject({ ok: true, value: { documents: 8, segments: 1 } });
      expect(((await send({ op: 'query', q: 'ferry' })).value as { refs: string[] }).refs).toHaveLength(8);
      expect(await send({ op: 'query', q: 'title:' })).toMatchObject({ ok: false, error: { name: 'QueryParseError' } });
    } finally {
      await worker.terminate();
      await rm(indexDir, { recursive: true, force: true });
    }
  });

  it('leaves only electron, Node built-ins and the importers bundle beside them to require in main.cjs and importers.cjs', async () => {
    const main = requiredModules(await readFile(path.join(outDir, 'main.cjs'), 'utf8'));
    expect(main).toContain('electron');
    expect(main).toContain('./importers.cjs');
    // Optional modules that bundled libraries load lazily, inside try/catch: jsdom's canvas (not installed: it
    // falls back), and node:sqlite (built into the Node 24 that Electron ships; used only by an undici cache).
    const optional = ['canvas', 'node:sqlite', 'electron', './importers.cjs'];
    for (const bundle of ['main.cjs', 'importers.cjs']) {
      const required = requiredModules(await readFile(path.join(outDir, bundle), 'utf8'));
      expect(required.filter((name) => !isBuiltin(name) && !optional.includes(name)), bundle).toEqual([]);
    }
  });

  it('leaves jsdom out of main.cjs: the app starts without compiling the rich importers', async () => {
    expect(await readFile(path.join(outDir, 'main.cjs'), 'utf8')).not.toContain('node_modules/jsdom/');
    expect(await readFile(path.join(outDir, 'importers.cjs'), 'utf8')).toContain('node_modules/jsdom/');
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
    expect(Object.keys(exposed.sourcebook!).sort()).toEqual(['call', 'onEvent', 'onMenuCommand', 'onOpenBundle', 'openExternal', 'pathForFile', 'pickImportPaths', 'pickOpenPath', 'pickSavePath']);
    const call = exposed.sourcebook!.call as (method: string, params: unknown) => Promise<unknown>;
    expect(await call('articles.list', {})).toEqual({ ok: true, value: [] });
    expect(await call('nope', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
