import type { ParseArgsConfig } from 'node:util';
import type { Input, Method, Result } from '../../../shared/api';
import type { Core } from '../../core/index';
import type { CliIo } from '../types';

export type Values = Record<string, string | boolean | string[] | undefined>;

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
  /** Long-running commands (serve) keep the search index in a worker thread, off the thread that answers requests. */
  searchInWorker?: boolean;
  /** Opening the default notebook for the first time fills it with the demo articles (the app's first run). */
  firstRunDemo?: boolean;
  /** For commands that must work when the notebook cannot be opened. */
  withoutNotebook?(ctx: Pick<CommandContext, 'dir' | 'positionals' | 'values' | 'io'>): Promise<number | void>;
}
