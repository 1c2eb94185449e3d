import { expect, it } from 'vitest';
import { createCore } from '../../main/core/index';
import { isFreshNotebook, seedDemoNotebook } from '../../main/core/demo/seed-demo';
import { tempDir } from '../helpers/temp-dir';

it('seeds a fresh notebook with the demo articles and example highlights, once', async () => {
  const dir = await tempDir();
  expect(isFreshNotebook(dir)).toBe(true);
  const core = await createCore({ dir, author: 'demo' });
  try {
    expect(isFreshNotebook(dir)).toBe(false);
    await seedDemoNotebook(core);
    await seedDemoNotebook(core); // a second run adds nothing

    const articles = await core.dispatch('articles.list', {});
    const highlights = await core.dispatch('highlights.list', {});
    if (!articles.ok || !highlights.ok) throw new Error('list failed');
    const list = articles.value as { title: string; source: string | null; date: string | null }[];
    expect(list).toHaveLength(4);
    // The Markdown article's front matter is read.
    expect(list).toContainEqual(expect.objectContaining({ title: 'Why the allotment waiting list keeps growing', source: 'Eastmoor Community Newsletter', date: '2025-02-12' }));
    const kinds = (highlights.value as { kind: string }[]).map((h) => h.kind).sort();
    expect(kinds).toEqual(['claim', 'claim', 'figure', 'quote']);
  } finally {
    await core.close();
  }
});
