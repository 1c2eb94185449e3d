import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { call } from './seed';

/**
 * A teammate's notebook that started from ours (it merged our bundle) and moved on: a new article with a
 * highlight, a note edited on one of our highlights, a highlight deleted, and an edit to another one that we
 * edit too (a conflict).
 * Returns the path of the bundle the teammate sends back, and the id of the highlight both edited.
 */
export async function teammateBundle(ours: Core, folder: string): Promise<{ bundle: string; conflicted: string; cleanup(): Promise<void> }> {
  const shared = path.join(folder, 'ours.sourcebook');
  await call(ours, 'exchange.export', { format: 'bundle', path: shared });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-teammate-'));
  const theirs = await createCore({ dir, author: 'Ana Teammate' });
  try {
    await call(theirs, 'exchange.merge', { path: shared });
    const article = await call(theirs, 'import.content', {
      name: 'pier.txt',
      text: 'Pier reopens after winter repairs\n\nThe pier reopened on Saturday after £1.2 million of repairs, two weeks later than planned.\n',
    });
    await call(theirs, 'highlights.create', { articleId: article.articleId!, kind: 'figure', quote: '£1.2 million of repairs', tags: ['pier'] });
    const [figure] = await call(theirs, 'highlights.list', { kind: 'figure', tag: 'ridership' });
    await call(theirs, 'highlights.update', { id: figure!.id, note: 'Ana: the September review has the real number.' });
    const [quote] = await call(theirs, 'highlights.list', { kind: 'quote' });
    await call(theirs, 'highlights.update', { id: quote!.id, note: 'Ana: confirmed with the committee.' });
    await call(ours, 'highlights.update', { id: quote!.id, note: 'Ours: waiting for the recording.' });
    const [libraries] = await call(theirs, 'highlights.list', { tag: 'libraries' });
    await call(theirs, 'highlights.delete', { id: libraries!.id });
    const bundle = path.join(folder, 'ana.sourcebook');
    await call(theirs, 'exchange.export', { format: 'bundle', path: bundle });
    return { bundle, conflicted: quote!.id, cleanup: async () => rm(dir, { recursive: true, force: true }) };
  } finally {
    await theirs.close();
  }
}
