import { createCore } from '../index';
import type { Core } from '../index';
import type { Logger } from '../api/dispatch';
import type { NotebookOptions } from '../notebook';
import { isFreshNotebook, seedDemoNotebook } from './seed-demo';

/**
 * Opens a notebook for the app or the browser mode. The very first time the default notebook is opened it is
 * filled with the demo articles, so a newcomer can try everything at once (and remove them in one click).
 */
export async function openForHost(options: NotebookOptions & { firstRunDemo: boolean; log?: Logger }): Promise<Core> {
  const fresh = options.firstRunDemo && isFreshNotebook(options.dir);
  const core = await createCore(options);
  if (fresh) await seedDemoNotebook(core, options.demoDir ? { articlesDir: options.demoDir } : {});
  return core;
}
