import { describe, expect, it } from 'vitest';
import { openForHost } from '../../main/core/demo/first-run';
import { closeAtEnd, tempDir } from '../helpers/temp-dir';

describe('the demo notebook', () => {
  it('fills a default notebook on its first open only, and is removed in one call, leaving the user’s work', async () => {
    const dir = await tempDir();
    const core = closeAtEnd(await openForHost({ dir, firstRunDemo: true }));
    const status = await core.dispatch('demo.status', {});
    expect(status).toMatchObject({ ok: true, value: { articles: 4, highlights: 4 } });
    const mine = await core.dispatch('import.content', { name: 'mine.txt', text: 'My Own Notes\n\nThe river authority published its flood maps on Tuesday, a week later than promised.' });
    expect(mine).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(await core.dispatch('demo.remove', {})).toEqual({ ok: true, value: { articles: 4, highlights: 4 } });
    expect(await core.dispatch('demo.status', {})).toEqual({ ok: true, value: { articles: 0, highlights: 0 } });
    const left = await core.dispatch('articles.list', {});
    expect(left.ok && (left.value as { title: string }[]).map((a) => a.title)).toEqual(['My Own Notes']);
    await core.close();
    // Opening again does not bring the demo back.
    const again = closeAtEnd(await openForHost({ dir, firstRunDemo: true }));
    expect(await again.dispatch('demo.status', {})).toEqual({ ok: true, value: { articles: 0, highlights: 0 } });
  });

  it('leaves a notebook named explicitly alone', async () => {
    const core = closeAtEnd(await openForHost({ dir: await tempDir(), firstRunDemo: false }));
    expect(await core.dispatch('demo.status', {})).toEqual({ ok: true, value: { articles: 0, highlights: 0 } });
  });
});
