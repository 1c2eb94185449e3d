// Opening a .sourcebook bundle from the system (double-click, "Open with", drag onto the dock icon): the path
// reaches main as a command-line argument (Windows, Linux: at launch in process.argv, later through
// 'second-instance') or an 'open-file' event (macOS, possibly before the app is ready). The page is told through
// the bridge (onOpenBundle) and shows its merge dialog. Paths that arrive before the page has subscribed wait
// here until it does.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPEN_BUNDLE_CHANNEL } from './channels';
import { isAppUrl } from './origin';

export const BUNDLE_EXTENSION = '.sourcebook';

/**
 * The bundle paths among command-line arguments, made absolute against `cwd` (the directory of the command
 * that passed them). Chromium switches are skipped; file:// URLs (a Linux desktop entry's %U) become paths.
 */
export function bundlePathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const paths: string[] = [];
  for (const arg of argv) {
    if (!arg || arg.startsWith('-')) continue;
    let file = arg;
    if (/^[a-z][a-z0-9+.-]+:/i.test(arg) && !/^file:/i.test(arg)) continue; // a URL, not a file (C:\ is not one)
    if (/^file:/i.test(arg)) {
      try {
        file = fileURLToPath(arg);
      } catch {
        continue; // a file: URL with a host, or malformed
      }
    }
    if (!file.toLowerCase().endsWith(BUNDLE_EXTENSION) || path.basename(file).length <= BUNDLE_EXTENSION.length) continue;
    const absolute = path.resolve(cwd, file);
    if (!paths.includes(absolute)) paths.push(absolute);
  }
  return paths;
}

/** The part of a WebContents the queue uses (the test double has it too). */
export interface BundleTarget {
  send(channel: string, ...args: unknown[]): void;
  getURL(): string;
  once(event: 'did-start-loading', listener: () => void): unknown;
  once(event: 'destroyed', listener: () => void): unknown;
}

/**
 * Bundles to open, handed to the page once it listens. The page says so by calling `ready` (through IPC,
 * when it subscribes to onOpenBundle); until then, and while it reloads, paths are kept in order.
 */
export class OpenBundleQueue {
  private pending: string[] = [];
  private target: BundleTarget | null = null;

  /** Queues `paths` and sends them at once if the page listens. */
  open(paths: readonly string[]): void {
    if (paths.length === 0) return;
    this.pending.push(...paths);
    this.flush();
  }

  /** The page in `target` listens now. @returns the paths that were waiting for it (they are not sent again) */
  ready(target: BundleTarget): string[] {
    this.target = target;
    const forget = (): void => {
      if (this.target === target) this.target = null;
    };
    // A reload or navigation drops the page's listener: queue again until the new page subscribes.
    target.once('did-start-loading', forget);
    target.once('destroyed', forget);
    const waiting = this.pending;
    this.pending = [];
    return waiting;
  }

  /** Paths not yet handed to a page. */
  get waiting(): readonly string[] {
    return this.pending;
  }

  private flush(): void {
    const target = this.target;
    // A page that is gone, or that navigated away from ours, has dropped the target already.
    if (!target || !isAppUrl(target.getURL())) return;
    for (const file of this.pending) target.send(OPEN_BUNDLE_CHANNEL, file);
    this.pending = [];
  }
}
