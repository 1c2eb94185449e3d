import { articlesCommands } from './articles';
import { evidenceCommands } from './evidence';
import { exchangeCommands } from './exchange';
import { highlightsCommands } from './highlights';
import { importCommands } from './import';
import { notebookCommands } from './notebook';
import { searchCommands } from './search';
import type { Command } from './types';

export type { Command, CommandContext } from './types';

/** Every CLI command by name, in the order the help lists them. */
export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [...importCommands, ...articlesCommands, ...highlightsCommands, ...evidenceCommands, ...searchCommands, ...exchangeCommands, ...notebookCommands].map((c) => [c.name, c]),
);
