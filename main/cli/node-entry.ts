import { runCli } from './main';

/** Runs the CLI against the real process: stdout, stderr, environment and Ctrl-C. */
export function runNodeCli(argv: string[]): Promise<number> {
  return runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    interactive: Boolean(process.stderr.isTTY),
    onInterrupt(handler) {
      const listener = (): void => {
        process.stderr.write('\nStopping after the current file…\n');
        handler();
        process.once('SIGINT', () => process.exit(130)); // a second Ctrl-C quits at once
      };
      process.once('SIGINT', listener);
      return () => process.off('SIGINT', listener);
    },
  });
}
