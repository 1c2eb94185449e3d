export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Registers a Ctrl-C handler for the duration of a command; returns its remover. */
  onInterrupt?(handler: () => void): () => void;
  /** Whether stderr is a terminal (progress lines are drawn only then). */
  interactive?: boolean;
}

/** A wrong invocation: exit status 2 and the usage. */
export class UsageError extends Error {}
