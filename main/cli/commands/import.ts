import { UsageError } from '../types';
import * as format from '../format';
import type { Command } from './types';

const importCommand: Command = {
  name: 'import',
  usage: 'import PATH|URL...',
  summary: 'Import files, folders (recursively) or web addresses. A changed version of an article already here becomes its new version.',
  help: 'Formats: HTML, PDF, DOCX, EPUB, Markdown, plain text (any common encoding). http(s) addresses are fetched (time, size and\nredirects limited). Prints one result per file: imported, updated (new version), duplicate, or error with its reason.\nExits 1 if any file failed; the others are imported regardless. Ctrl-C stops after the current file.',
  check: (positionals) => {
    if (positionals.length === 0) throw new UsageError('give at least one file or folder');
  },
  async run({ positionals, call, print, io, core }) {
    const jobId = `cli-${process.pid}`;
    const stopProgress = io.interactive
      ? core.notebook.events.onAny((name, payload) => {
          if (name === 'job.progress' && 'done' in payload) io.stderr(`\r${payload.done}/${payload.total} ${payload.current.slice(-60)}\x1b[K`);
        })
      : () => undefined;
    const stopInterrupt = io.onInterrupt?.(() => void core.dispatch('jobs.cancel', { jobId })) ?? (() => undefined);
    try {
      const urls = positionals.filter((p) => /^https?:\/\//i.test(p));
      const paths = positionals.filter((p) => !urls.includes(p));
      const results = paths.length ? await call('import.files', { paths, jobId }) : [];
      for (const url of urls) results.push(await call('import.url', { url }));
      if (io.interactive) io.stderr('\r\x1b[K');
      print(results, () => format.importResults(results));
      return results.some((r) => r.status === 'error') ? 1 : 0;
    } finally {
      stopProgress();
      stopInterrupt();
    }
  },
};

export const importCommands: Command[] = [importCommand];
