import type { ParseArgsConfig } from 'node:util';
import type { Input, Method, Result } from '../../shared/api';
import { KINDS } from '../../shared/model';
import type { Kind } from '../../shared/model';
import type { Core } from '../core/index';
import { restoreFromBackups } from '../core/storage/restore';
import { buildRenderer, RENDERER_DIST, rendererIsStale } from '../build/build-renderer';
import { startServer } from '../http/server';
import * as format from './format';
import type { CliIo } from './types';
import { UsageError } from './types';

type Values = Record<string, string | boolean | string[] | undefined>;

export interface CommandContext {
  dir: string;
  positionals: string[];
  values: Values;
  io: CliIo;
  core: Core;
  call<M extends Method>(method: M, params: Input<M>): Promise<Result<M>>;
  /** Prints `json` with --json, else the human rendering. */
  print(json: unknown, human: () => string): void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  help?: string;
  options?: ParseArgsConfig['options'];
  /** Usage checks that need no notebook. */
  check?(positionals: string[], values: Values): void;
  run(ctx: CommandContext): Promise<number | void>;
  /** For commands that must work when the notebook cannot be opened. */
  withoutNotebook?(ctx: Pick<CommandContext, 'dir' | 'positionals' | 'values' | 'io'>): Promise<number | void>;
}

const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: Values[string]): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []);

function int(v: Values[string], name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number, not "${String(v)}"`);
  return n;
}

function kind(v: Values[string], required: boolean): Kind | undefined {
  if (v === undefined) {
    if (required) throw new UsageError(`--kind is required (${KINDS.join(', ')})`);
    return undefined;
  }
  if (!KINDS.includes(v as Kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}, not "${String(v)}"`);
  return v as Kind;
}

function exactly(n: number, what: string) {
  return (positionals: string[]): void => {
    if (positionals.length !== n) throw new UsageError(`expected ${what}`);
  };
}

const filterOptions = { kind: { type: 'string' }, tag: { type: 'string' } } as const;

const importCommand: Command = {
  name: 'import',
  usage: 'import PATH...',
  summary: 'Import files or folders (recursively). A changed version of an article already here becomes its new version.',
  help: 'Prints one result per file: imported, duplicate (already in the notebook) or error with its reason.\nExits 1 if any file failed; the others are imported regardless. Ctrl-C stops after the current file.',
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
      const results = await call('import.files', { paths: positionals, jobId });
      if (io.interactive) io.stderr('\r\x1b[K');
      print(results, () => format.importResults(results));
      return results.some((r) => r.status === 'error') ? 1 : 0;
    } finally {
      stopProgress();
      stopInterrupt();
    }
  },
};

const listCommand: Command = {
  name: 'list',
  usage: 'list',
  summary: 'List the articles: id, date, source, title, words, highlights.',
  check: exactly(0, 'no arguments'),
  async run({ call, print }) {
    const articles = await call('articles.list', {});
    print(
      articles.map(({ id, title, source, date, words, highlights, counts }) => ({ id, title, source, date, words, highlights, counts })),
      () => format.articleTable(articles),
    );
  },
};

const showCommand: Command = {
  name: 'show',
  usage: 'show ID [--removed]',
  summary: 'Show an article: metadata, body and highlights. ID may be a unique prefix.',
  options: { removed: { type: 'boolean' } },
  check: exactly(1, 'one article ID'),
  async run({ positionals, values, call, print }) {
    const article = await call('articles.get', { id: positionals[0]! });
    print(article, () => format.article(article, Boolean(values.removed)));
  },
};

const highlightCommand: Command = {
  name: 'highlight',
  usage: 'highlight ID (--quote TEXT [--occurrence N] | --start N --end N) --kind claim|figure|quote [--tag T]... [--note TEXT]',
  summary: 'Highlight a passage of an article, found by its text or by offsets in the body.',
  help: 'Structured fields: --speaker NAME, --speaker-role ROLE (quotes), --measures WHAT (figures), --claimant NAME (claims).',
  options: {
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    kind: { type: 'string' },
    tag: { type: 'string', multiple: true },
    note: { type: 'string' },
    speaker: { type: 'string' },
    'speaker-role': { type: 'string' },
    measures: { type: 'string' },
    claimant: { type: 'string' },
  },
  check(positionals, values) {
    exactly(1, 'one article ID')(positionals);
    kind(values.kind, true);
    const byQuote = values.quote !== undefined;
    const byRange = values.start !== undefined || values.end !== undefined;
    if (byQuote === byRange) throw new UsageError('give either --quote TEXT or --start N --end N');
    if (byRange && (values.start === undefined || values.end === undefined)) throw new UsageError('--start and --end go together');
  },
  async run({ positionals, values, call, print }) {
    const fields = {
      speaker: str(values.speaker),
      speakerRole: str(values['speaker-role']),
      measures: str(values.measures),
      claimant: str(values.claimant),
    };
    const highlight = await call('highlights.create', {
      articleId: positionals[0]!,
      kind: kind(values.kind, true)!,
      tags: list(values.tag),
      note: str(values.note) ?? '',
      fields: Object.values(fields).some((v) => v !== undefined) ? fields : undefined,
      ...(values.quote !== undefined
        ? { quote: str(values.quote)!, occurrence: int(values.occurrence, 'occurrence') }
        : { start: int(values.start, 'start'), end: int(values.end, 'end') }),
    });
    print(highlight, () => format.highlight(highlight));
  },
};

const highlightsCommand: Command = {
  name: 'highlights',
  usage: 'highlights [ID] [--kind K] [--tag T]',
  summary: 'List highlights, of one article or of the whole notebook.',
  options: filterOptions,
  check(positionals, values) {
    if (positionals.length > 1) throw new UsageError('expected at most one article ID');
    kind(values.kind, false);
  },
  async run({ positionals, values, call, print }) {
    const highlights = await call('highlights.list', { articleId: positionals[0], kind: kind(values.kind, false), tag: str(values.tag) });
    print(highlights, () => (highlights.length ? highlights.map(format.highlight).join('') : 'No highlights.\n'));
  },
};

const editCommand: Command = {
  name: 'edit-highlight',
  usage: 'edit-highlight HIGHLIGHT_ID [--kind K] [--tag T]... [--note TEXT]',
  summary: "Change a highlight's kind, tags (replaced by the given ones) or note.",
  options: { kind: { type: 'string' }, tag: { type: 'string', multiple: true }, note: { type: 'string' } },
  check(positionals, values) {
    exactly(1, 'one highlight ID')(positionals);
    kind(values.kind, false);
  },
  async run({ positionals, values, call, print }) {
    const highlight = await call('highlights.update', {
      id: positionals[0]!,
      kind: kind(values.kind, false),
      tags: values.tag !== undefined ? list(values.tag) : undefined,
      note: str(values.note),
    });
    print(highlight, () => format.highlight(highlight));
  },
};

const deleteHighlightCommand: Command = {
  name: 'delete-highlight',
  usage: 'delete-highlight HIGHLIGHT_ID',
  summary: 'Delete a highlight.',
  check: exactly(1, 'one highlight ID'),
  async run({ positionals, call, print }) {
    const removed = await call('highlights.delete', { id: positionals[0]! });
    print(removed, () => `Deleted highlight ${removed.id}\n`);
  },
};

const deleteCommand: Command = {
  name: 'delete',
  usage: 'delete ID',
  summary: 'Delete an article and its highlights.',
  check: exactly(1, 'one article ID'),
  async run({ positionals, call, print }) {
    const removed = await call('articles.delete', { id: positionals[0]! });
    print(removed, () => `Deleted article ${removed.id} and ${removed.highlights} highlight(s)\n`);
  },
};

const boilerplateCommand: Command = {
  name: 'boilerplate',
  usage: 'boilerplate ID (--restore | --remove)',
  summary: 'Put the parts removed at import (boilerplate, credits, headline…) back into the body, or remove them again.',
  options: { restore: { type: 'boolean' }, remove: { type: 'boolean' } },
  check(positionals, values) {
    exactly(1, 'one article ID')(positionals);
    if (Boolean(values.restore) === Boolean(values.remove)) throw new UsageError('give either --restore or --remove');
  },
  async run({ positionals, values, call, print }) {
    const article = await call('articles.setIncludeRemoved', { id: positionals[0]!, include: Boolean(values.restore) });
    const verb = values.restore ? 'Restored the removed parts of' : 'Removed the boilerplate of';
    print(article, () => `${verb} "${article.title}"; the body now has ${article.body.length} characters.\n`);
  },
};

const searchCommand: Command = {
  name: 'search',
  usage: 'search QUERY [--kind K] [--tag T] [--limit N] [--offset N]',
  summary: 'Search articles and highlights (lunr syntax: +must -not title:word fuzzy~1 pre* boost^2).',
  options: { ...filterOptions, limit: { type: 'string' }, offset: { type: 'string' } },
  check(positionals, values) {
    if (positionals.length === 0) throw new UsageError('give a query');
    kind(values.kind, false);
    int(values.limit, 'limit');
    int(values.offset, 'offset');
  },
  async run({ positionals, values, call, print }) {
    const result = await call('search.query', {
      q: positionals.join(' '),
      kind: kind(values.kind, false),
      tag: str(values.tag),
      limit: int(values.limit, 'limit'),
      offset: int(values.offset, 'offset'),
    });
    print(result, () => format.searchResult(result));
  },
};

const tagsCommand: Command = {
  name: 'tags',
  usage: 'tags',
  summary: 'List the tags in use, with how many highlights carry each.',
  check: exactly(0, 'no arguments'),
  async run({ call, print }) {
    const tags = await call('tags.list', {});
    print(tags, () => (tags.length ? tags.map((t) => `${String(t.count).padStart(5)}  ${t.tag}\n`).join('') : 'No tags.\n'));
  },
};

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

const reindexCommand: Command = {
  name: 'reindex',
  usage: 'reindex',
  summary: 'Rebuild the search index from the stored data; reports whether the saved index was current.',
  check: exactly(0, 'no arguments'),
  async run({ call, print }) {
    const report = await call('search.reindex', {});
    print(report, () => `Reindexed ${report.documents} documents in ${report.ms} ms; the saved index was ${report.wasCurrent ? 'current' : 'out of date'}.\n`);
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

const diffCommand: Command = {
  name: 'diff',
  usage: 'diff ID [--from N] [--to N]',
  summary: 'What changed between two versions of an article (default: the previous and the current one).',
  options: { from: { type: 'string' }, to: { type: 'string' } },
  check(positionals, values) {
    exactly(1, 'one article ID')(positionals);
    int(values.from, 'from');
    int(values.to, 'to');
  },
  async run({ positionals, values, call, print }) {
    const diff = await call('articles.diff', { id: positionals[0]!, from: int(values.from, 'from'), to: int(values.to, 'to') });
    print(diff, () => format.versionDiff(diff));
  },
};

const reviewCommand: Command = {
  name: 'review',
  usage: 'review',
  summary: 'Highlights carried to a new article version that need a look (fuzzy matches and orphans).',
  check: exactly(0, 'no arguments'),
  async run({ call, print }) {
    const highlights = await call('highlights.review', {});
    print(highlights, () => (highlights.length ? highlights.map(format.highlight).join('') : 'Nothing to review.\n'));
  },
};

const acceptCommand: Command = {
  name: 'accept',
  usage: 'accept HIGHLIGHT_ID',
  summary: 'Accept where a fuzzy match put a carried highlight.',
  check: exactly(1, 'one highlight ID'),
  async run({ positionals, call, print }) {
    const highlight = await call('highlights.accept', { id: positionals[0]! });
    print(highlight, () => format.highlight(highlight));
  },
};

const reattachCommand: Command = {
  name: 'reattach',
  usage: 'reattach HIGHLIGHT_ID (--quote TEXT [--occurrence N] | --start N --end N)',
  summary: "Anchor a highlight to another passage of its article's current text.",
  options: { quote: { type: 'string' }, occurrence: { type: 'string' }, start: { type: 'string' }, end: { type: 'string' } },
  check(positionals, values) {
    exactly(1, 'one highlight ID')(positionals);
    if ((values.quote !== undefined) === (values.start !== undefined || values.end !== undefined)) throw new UsageError('give either --quote TEXT or --start N --end N');
  },
  async run({ positionals, values, call, print }) {
    const highlight = await call('highlights.reattach', {
      id: positionals[0]!,
      ...(values.quote !== undefined
        ? { quote: str(values.quote)!, occurrence: int(values.occurrence, 'occurrence') }
        : { start: int(values.start, 'start'), end: int(values.end, 'end') }),
    });
    print(highlight, () => format.highlight(highlight));
  },
};

const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port N]',
  summary: 'Run the browser mode: the app and its API on 127.0.0.1 (builds the UI first if needed).',
  help: 'Prints "Sourcebook running at http://127.0.0.1:PORT/?token=TOKEN". --port 0 (the default) picks a free port.\nEvery API call must carry the per-run token; requests from other origins or hosts are refused. Ctrl-C stops.',
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

export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [
    importCommand,
    listCommand,
    showCommand,
    highlightCommand,
    highlightsCommand,
    editCommand,
    deleteHighlightCommand,
    deleteCommand,
    boilerplateCommand,
    diffCommand,
    reviewCommand,
    acceptCommand,
    reattachCommand,
    searchCommand,
    tagsCommand,
    statsCommand,
    reindexCommand,
    restoreCommand,
    serveCommand,
  ].map((c) => [c.name, c]),
);
