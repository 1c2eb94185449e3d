import { UsageError } from '../types';
import * as format from '../format';
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

const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore',
  summary: 'Put back the last good copy of every notebook file that is corrupt (corrupt files are kept aside).',
  check: exactly(0, 'no arguments'),
  run: () => Promise.resolve(),
  async withoutNotebook({ dir, values, io }) {
    const report = await restoreFromBackups(dir);
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : format.restoreReport(report));
    return report.unrecoverable.length > 0 ? 1 : 0;
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

export const notebookCommands: Command[] = [statsCommand, restoreCommand, serveCommand];
