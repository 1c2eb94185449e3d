import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Input } from '../../../shared/api';
import type { ImportResult } from '../../../shared/model';
import { bundleDir } from '../bundle-dir';
import type { Core } from '../index';

/**
 * The demo articles shipped with the app: short, made-up local news written for Sourcebook (no third-party
 * text), with a quote, figures and claims to tag. Found next to this module when run from source, and in `demo/`
 * beside the bundle in the built app (the build copies them there).
 */
export function demoArticlesDir(): string {
  const bundled = bundleDir();
  return bundled ? path.join(bundled, 'demo') : fileURLToPath(new URL('./articles/', import.meta.url));
}

/** True before the notebook at `dir` has ever been opened (no notebook.json yet): the moment to seed the demo. */
export function isFreshNotebook(dir: string): boolean {
  return !existsSync(path.join(dir, 'notebook.json'));
}

type DemoHighlight = Omit<Input<'highlights.create'>, 'articleId'> & { file: string; quote: string };

/** A few highlights so a first-time user sees what tagging looks like. Found by their text, not offsets. */
const DEMO_HIGHLIGHTS: DemoHighlight[] = [
  {
    file: '01-night-ferry-trial.txt',
    kind: 'figure',
    quote: 'about 1,200 extra passengers a week',
    tags: ['ferry', 'ridership'],
    note: 'Council estimate; check against the September review.',
    fields: { measures: 'expected extra weekly passengers' },
  },
  {
    file: '01-night-ferry-trial.txt',
    kind: 'quote',
    quote: 'A ferry that stops at nine is a ferry for tourists, not for the people who keep this town running',
    tags: ['ferry'],
    note: '',
    fields: { speaker: 'Dev Arora', speakerRole: 'chair, transport committee' },
  },
  {
    file: '01-night-ferry-trial.txt',
    kind: 'claim',
    quote: 'an extended bus route would serve more people at half the cost',
    tags: ['ferry', 'disputed'],
    note: 'The council’s January study says buses take 38 minutes longer.',
    fields: { claimant: 'Gull Street residents’ association' },
  },
  {
    file: '03-library-hours.txt',
    kind: 'claim',
    quote: 'Monday visits at the three branches had fallen by a third since 2019',
    tags: ['libraries', 'disputed'],
    note: 'Friends of Millbrook say repair weeks were counted.',
  },
];

/**
 * Fills a new notebook with the demo articles and a few example highlights, through the API like any client.
 * Safe to run twice: articles already there come back as duplicates and get no second set of highlights.
 * @throws Error when a demo article cannot be imported or highlighted (a broken build, not a user error)
 */
export async function seedDemoNotebook(core: Core, options: { articlesDir?: string } = {}): Promise<void> {
  const dir = options.articlesDir ?? demoArticlesDir();
  const files = (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const imported = new Map<string, string>();
  for (const file of files) {
    const result = await call<ImportResult>(core, 'import.content', { name: file, text: await readFile(path.join(dir, file), 'utf8') });
    if (result.status === 'error') throw new Error(`demo article ${file}: ${result.error}`);
    if (result.status === 'imported' && result.articleId) imported.set(file, result.articleId);
  }
  for (const { file, ...highlight } of DEMO_HIGHLIGHTS) {
    const articleId = imported.get(file);
    if (articleId) await call(core, 'highlights.create', { articleId, ...highlight });
  }
}

async function call<T>(core: Core, method: string, params: unknown): Promise<T> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(`demo notebook: ${method} failed: ${envelope.error.message}`);
  return envelope.value as T;
}
