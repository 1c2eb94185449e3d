import { UsageError } from '../types';
import * as format from '../format';
import { listSnapshots, restoreSnapshot } from '../../core/storage/backups';
import { NotebookLock } from '../../core/storage/lock';
import { restoreFromBackups } from '../../core/storage/restore';
import { buildRenderer, RENDERER_DIST, rendererIsStale } from '../../build/build-renderer';
import { startServer } from '../../http/server';
import { int, exactly } from './args';
import type { Command } from './types';

const statsCommand: Command = {
  name: 'stats',
  usage: 'stats',
  summary: 'Counts of articles, highlights, tags and words, and the state of the search index.',
  check: exactly(0, 'no arguments'),
  async run({ call, print }) {
    const stats = await call('notebook.stats', {});
    print(stats, () => format.stats(stats));
  },
};

const checkCommand: Command = {
  name: 'check',
  usage: 'check [--repair]',
  summary: 'Verify the notebook (texts, highlight anchors, search index, leftover files); --repair fixes what it can.',
  help: 'Exit status 0 when nothing is left to fix (harmless notices aside), 1 otherwise. A catalogue file that does not\nparse stops the notebook from opening: the error names it, and "sourcebook restore" puts back its last good copy.',
  options: { repair: { type: 'boolean' } },
  check: exactly(0, 'no arguments'),
  async run({ call, print, values }) {
    const report = await call('notebook.check', { repair: Boolean(values.repair) });
    print(report, () => format.checkReport(report));
    return report.ok ? 0 : 1;
  },
};

const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore [--from SNAPSHOT | --list]',
  summary: 'Put back the last good copy of every corrupt notebook file, or the whole catalogue from a backup snapshot.',
  help: 'Without options: every notebook file that does not parse is replaced by its last good copy (.bak); the corrupt\nfile is kept aside. --list shows the snapshots in backups/ (taken daily when the notebook opens, the last 7 kept);\n--from SNAPSHOT puts the catalogue back as it was then (the state before is saved as a snapshot first).',
  options: { from: { type: 'string' }, list: { type: 'boolean' } },
  check: exactly(0, 'no arguments'),
  run: () => Promise.resolve(),
  async withoutNotebook({ dir, values, io }) {
    const show = (json: unknown, human: string): void => io.stdout(values.json ? `${JSON.stringify(json, null, 2)}\n` : human);
    if (values.list) {
      const snapshots = await listSnapshots(dir);
      show(snapshots.map((s) => ({ name: s.name, at: s.at.toISOString() })), format.snapshotList(snapshots));
      return 0;
    }
    // Restoring rewrites the catalogue: never while the notebook is open elsewhere.
    const lock = await NotebookLock.acquire(dir, 'sourcebook restore');
    try {
      if (typeof values.from === 'string') {
        const report = await restoreSnapshot(dir, values.from, new Date());
        show(report, `restored the catalogue from ${report.from} (${report.shards} file(s)); the state before is snapshot ${report.saved}\n`);
        return 0;
      }
      const report = await restoreFromBackups(dir);
      show(report, format.restoreReport(report));
      return report.unrecoverable.length > 0 ? 1 : 0;
    } finally {
      await lock.release();
    }
  },
};

const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port N]',
  summary: 'Run the browser mode: the app and its API on 127.0.0.1 (builds the UI first if needed).',
  searchInWorker: true,
  firstRunDemo: true,
  help: 'Prints "Sourcebook running at http://127.0.0.1:PORT/?token=TOKEN". --port 0 (the default) picks a free port.\nEvery API call must carry the per-run token; requests from other origins or hosts are refused. Ctrl-C stops.\nWithout --notebook (or $SOURCEBOOK_NOTEBOOK), the first start fills the default notebook with demo articles.',
  options: { port: { type: 'string' } },
  check(positionals, values) {
    exactly(0, 'no arguments')(positionals);
    const port = int(values.port, 'port');
    if (port !== undefined && port > 65535) throw new UsageError('--port must be at most 65535');
  },
  async run({ values, io, core }) {
    if (await rendererIsStale()) {
      io.stderr('Building the user interface…\n');
      await buildRenderer();
    }
    const server = await startServer({ core, port: int(values.port, 'port') ?? 0, staticDir: RENDERER_DIST });
    io.stdout(`Sourcebook running at ${server.url}?token=${server.token}\n`);
    await new Promise<void>((resolve) => {
      const stop = io.onInterrupt?.(resolve);
      process.once('SIGTERM', () => {
        stop?.();
        resolve();
      });
    });
    await server.close();
  },
};

export const notebookCommands: Command[] = [statsCommand, checkCommand, restoreCommand, serveCommand];
