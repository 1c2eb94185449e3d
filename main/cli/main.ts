import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { Input, Method, Result } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { defaultNotebookDir } from '../core/default-location';
import { openForHost } from '../core/demo/first-run';
import { WorkerEngine } from '../core/search/engine/worker-engine';
import type { Core } from '../core/index';
import { COMMANDS } from './commands/index';
import type { Command } from './commands/index';
import { UsageError } from './types';
import type { CliIo } from './types';


const GLOBAL_OPTIONS = {
  notebook: { type: 'string' },
  json: { type: 'boolean' },
  author: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const GLOBAL_USAGE = `Usage: sourcebook [--notebook DIR] [--json] [--author NAME] COMMAND [ARGS]

An offline research notebook: import articles, tag claims, figures and quotes, search them.

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.name.padEnd(Math.max(...Object.keys(COMMANDS).map((n) => n.length)) + 2)}${c.summary}`)
  .join('\n')}

Options:
  --notebook DIR    the notebook folder (default: $SOURCEBOOK_NOTEBOOK, else the per-user data folder)
  --json            print machine-readable JSON on stdout
  --author NAME     who new highlights are attributed to (default: $SOURCEBOOK_AUTHOR, else the login name)
  -h, --help        help for sourcebook or for a command (also: sourcebook help [COMMAND])

Exit status: 0 on success, 1 with a one-line message on stderr for a user error, 2 for usage errors.`;

/** Runs one CLI invocation in-process and returns its exit status. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const name = argv.find((a, i) => !a.startsWith('-') && !(i > 0 && ['--notebook', '--author'].includes(argv[i - 1]!)));
  // `sourcebook help [COMMAND]`, as git and npm have it: the same as `--help`.
  if (name === 'help') {
    const topic = argv.slice(argv.indexOf('help') + 1).find((a) => !a.startsWith('-'));
    const about = topic === undefined ? undefined : COMMANDS[topic];
    if (topic !== undefined && !about) {
      io.stderr(`sourcebook: unknown command "${topic}"\n\n${GLOBAL_USAGE}\n`);
      return 2;
    }
    io.stdout(`${about ? commandUsage(about) : GLOBAL_USAGE}\n`);
    return 0;
  }
  const command = name !== undefined ? COMMANDS[name] : undefined;
  if (name !== undefined && !command) {
    io.stderr(`sourcebook: unknown command "${name}"\n\n${GLOBAL_USAGE}\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...command?.options }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`sourcebook: ${(error as Error).message}\n\n${command ? commandUsage(command) : GLOBAL_USAGE}\n`);
    return 2;
  }
  if (!command) {
    io[parsed.values.help ? 'stdout' : 'stderr'](`${GLOBAL_USAGE}\n`);
    return parsed.values.help ? 0 : 2;
  }
  if (parsed.values.help) {
    io.stdout(`${commandUsage(command)}\n`);
    return 0;
  }
  const positionals = parsed.positionals.slice(parsed.positionals.indexOf(command.name) + 1);
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const dir = typeof values.notebook === 'string' ? values.notebook : defaultNotebookDir(io.env);

  let core: Core | undefined;
  try {
    command.check?.(positionals, values);
    if (command.withoutNotebook) return (await command.withoutNotebook({ dir, positionals, values, io })) ?? 0;
    const explicitNotebook = typeof values.notebook === 'string' || Boolean(io.env.SOURCEBOOK_NOTEBOOK);
    core = await openForHost({
      firstRunDemo: Boolean(command.firstRunDemo) && !explicitNotebook,
      dir,
      author: typeof values.author === 'string' ? values.author : undefined,
      holder: `sourcebook ${command.name}`,
      log: quietLog(io),
      ...(command.searchInWorker ? { searchEngine: (indexDir: string) => WorkerEngine.open(indexDir) } : {}),
    });
    const opened = core;
    const call = async <M extends Method>(method: M, params: Input<M>): Promise<Result<M>> => {
      const envelope = await opened.dispatch(method, params);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
      return envelope.value as Result<M>;
    };
    const print = (json: unknown, human: () => string): void => io.stdout(values.json ? `${JSON.stringify(json, null, 2)}\n` : human());
    return (await command.run({ dir, positionals, values, io, core: opened, call, print })) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sourcebook ${command.name}: ${error.message}\n\n${commandUsage(command)}\n`);
      return 2;
    }
    io.stderr(`sourcebook: ${error instanceof ApiError ? error.message : firstLine(error)}\n`);
    return 1;
  } finally {
    await core?.close().catch((error: unknown) => io.stderr(`sourcebook: could not save the search index: ${firstLine(error)}\n`));
  }
}

export function commandUsage(command: Command): string {
  return `Usage: sourcebook [--notebook DIR] [--json] ${command.usage}\n\n${command.summary}${command.help ? `\n\n${command.help}` : ''}`;
}

const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!;

/** The dispatcher already reports unexpected errors in one line; the stack only with SOURCEBOOK_DEBUG. */
function quietLog(io: CliIo) {
  return { error: (message: string, error: unknown) => io.env.SOURCEBOOK_DEBUG && io.stderr(`${message}: ${(error as Error)?.stack ?? String(error)}\n`) };
}
