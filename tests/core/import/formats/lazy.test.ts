import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../shared/errors';
import { HTML_FORMAT, lazyImporter, LAZY_HTML } from '../../../../main/core/import/formats/lazy';
import type { Importer } from '../../../../main/core/import/registry';

describe('lazily loaded importers', () => {
  it('load their implementation once, on first use, and share it among concurrent calls', async () => {
    const real: Importer = { ...HTML_FORMAT, parse: vi.fn(() => ({ format: 'html', blocks: [], title: 't', source: null, author: null, date: null, dateText: null, url: null, lang: null, warnings: [] })) };
    const load = vi.fn(async () => real);
    const lazy = lazyImporter(HTML_FORMAT, load);
    expect(load).not.toHaveBeenCalled();
    expect(lazy.extensions).toEqual(['.html', '.htm', '.xhtml']);
    await Promise.all([lazy.parse({ name: 'a.html', bytes: new Uint8Array() }), lazy.parse({ name: 'b.html', bytes: new Uint8Array() })]);
    await lazy.parse({ name: 'c.html', bytes: new Uint8Array() });
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.parse).toHaveBeenCalledTimes(3);
  });

  it("turn an ApiError from another bundle's copy of the class into this one's, code and message kept", async () => {
    class ForeignApiError extends Error {
      constructor(
        readonly code: string,
        message: string,
      ) {
        super(message);
        this.name = 'ApiError';
      }
    }
    const failing = (error: Error) => lazyImporter(HTML_FORMAT, async () => ({ ...HTML_FORMAT, parse: () => Promise.reject(error) }));
    const input = { name: 'a.html', bytes: new Uint8Array() };
    const thrown = await Promise.resolve(failing(new ForeignApiError('UNSUPPORTED', 'not an article')).parse(input)).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ code: 'UNSUPPORTED', message: 'not an article' });
    const plain = new TypeError('boom');
    await expect(failing(plain).parse(input)).rejects.toBe(plain);
  });

  it('import through the real module', async () => {
    const doc = await LAZY_HTML.parse({ name: 'p.html', bytes: Buffer.from('<html><body><p>Hello there.</p></body></html>') });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Hello there.']);
  });
});
