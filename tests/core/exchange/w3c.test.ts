import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationOf } from '../../../main/core/exchange/formats/w3c/export';
import { CodePoints } from '../../../main/core/exchange/positions';
import { tempDir } from '../../helpers/temp-dir';
import { ARTICLE_ONE, ARTICLE_THREE, catalogState, folderState, openNotebook, writeTemp } from './helpers';
import type { TestNotebook } from './helpers';
import { describeIf, validateW3c, W3C_DIR, W3C_REQUIRED, w3cReady, w3cWhy } from './validators';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading JSON-LD in tests

async function notebookWithEmoji(): Promise<{ nb: TestNotebook; tram: string; ferry: string }> {
  const nb = await openNotebook('ana');
  const tram = await nb.importText('tram.txt', ARTICLE_THREE);
  const ferry = await nb.importText('ferry.txt', ARTICLE_ONE);
  await nb.call('highlights.create', { articleId: tram, kind: 'figure', quote: '310 million euros', tags: ['cost', 'tram'], note: 'was 250 😬 in 2024', fields: { measures: 'total cost' } });
  await nb.call('highlights.create', { articleId: tram, kind: 'quote', quote: '"Nobody is surprised,"', fields: { speaker: 'Lea Brandt', speakerRole: 'engineer' } });
  await nb.call('highlights.create', { articleId: tram, kind: 'claim', quote: 'delayed by another year' });
  await nb.call('highlights.create', { articleId: ferry, kind: 'claim', quote: 'approved a ferry route', tags: ['claim'] });
  return { nb, tram, ferry };
}

async function exportW3c(nb: TestNotebook): Promise<{ file: string; doc: Json }> {
  const file = path.join(await tempDir(), 'highlights.jsonld');
  await nb.call('exchange.export', { format: 'w3c', path: file });
  return { file, doc: JSON.parse(readFileSync(file, 'utf8')) };
}

describe('W3C Web Annotation export', () => {
  it('counts positions in code points, so exact is the text between start and end even after emoji', async () => {
    const { nb, tram } = await notebookWithEmoji();
    const { doc } = await exportW3c(nb);
    const article = await nb.call('articles.get', { id: tram });
    const chars = [...article.body];
    expect(doc.total).toBe(4);
    for (const a of doc.first.items as Json[]) {
      const target = Array.isArray(a.target) ? a.target[0] : a.target;
      const [quote, position] = target.selector;
      if (target.source !== `urn:sourcebook:article:${tram}`) continue;
      expect(chars.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    // After 😬 (two UTF-16 units, one code point) the two counts differ.
    const figure = (doc.first.items as Json[]).find((a) => a.body[0].value === 'figure')!;
    const units = article.body.indexOf('310 million');
    expect(figure.target.selector[1].start).toBe(units - 1);
    expect(article.body.slice(0, units)).toContain('😬');
  });

  it('carries kind, tags, note, fields, author and times', async () => {
    const { nb } = await notebookWithEmoji();
    const { doc } = await exportW3c(nb);
    const figure = (doc.first.items as Json[]).find((a) => a.body[0].value === 'figure')!;
    expect(figure).toMatchObject({ type: 'Annotation', motivation: 'highlighting', creator: { type: 'Person', name: 'ana' }, created: expect.any(String), modified: expect.any(String) });
    expect(figure.body.map((b: Json) => [b.purpose, b.value])).toEqual([
      ['tagging', 'figure'],
      ['tagging', 'cost'],
      ['tagging', 'tram'],
      ['commenting', 'was 250 😬 in 2024'],
      ['describing', 'measures: total cost'],
    ]);
  });

  it('targets the page as well when the article has a URL, with the quote only', () => {
    const body = 'Prices rose 12% in 2023.';
    const h = { id: '6f1c2a52-5c1d-4d3e-9d0a-2b9c1f0e7a11', kind: 'figure', tags: [], note: '', fields: {}, author: 'a', updatedBy: 'a', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', articleId: 'x', target: { position: { type: 'TextPositionSelector', start: 12, end: 15 }, quote: { type: 'TextQuoteSelector', exact: '12%', prefix: 'Prices rose ', suffix: ' in 2023.' } } } as const;
    const a = annotationOf({ meta: { id: 'ab', url: 'https://example.org/prices', lang: 'en' } as never, blocks: [], body, highlights: [] }, { ...h, tags: [], fields: {} }, new CodePoints(body));
    expect(a.target).toEqual([
      { type: 'SpecificResource', source: 'urn:sourcebook:article:ab', selector: [{ type: 'TextQuoteSelector', exact: '12%', prefix: 'Prices rose ', suffix: ' in 2023.' }, { type: 'TextPositionSelector', start: 12, end: 15 }] },
      { type: 'SpecificResource', source: 'https://example.org/prices', selector: { type: 'TextQuoteSelector', exact: '12%', prefix: 'Prices rose ', suffix: ' in 2023.' } },
    ]);
  });
});

describeIf(w3cReady, w3cWhy, 'W3C validation (the W3C test-suite schemas in ../shared)', () => {
  it('every exported annotation passes the must assertions and the motivation, purpose and selector ones it relies on', async () => {
    const { nb } = await notebookWithEmoji();
    const { file, doc } = await exportW3c(nb);
    const dir = await tempDir();
    const files = (doc.first.items as Json[]).map((a, i) => {
      const f = path.join(dir, `annotation-${i}.json`);
      writeFileSync(f, JSON.stringify(a));
      return f;
    });
    const musts = await validateW3c(files, ['annotations/annotationMusts.test']);
    expect(musts.output).not.toContain('FAIL [');
    expect(musts.code, musts.output).toBe(0);
    expect(musts.output.match(/54 assertions, 0 FAIL/g)).toHaveLength(files.length);
    const relied = await validateW3c(files, ['annotations/annotationOptionals.test'], W3C_REQUIRED);
    expect(relied.code, relied.output).toBe(0);
    const collection = await validateW3c([file], ['collections/collectionMusts.test', 'collections/pages/pageMusts.test']);
    expect(collection.code, collection.output).toBe(0);
  });

  it('the validator does fail what it should (so a pass means something)', async () => {
    const bad = await validateW3c([path.join(W3C_DIR, 'examples', 'invalid-position.json')], ['annotations/annotationMusts.test']);
    expect(bad.code).toBe(1);
    const motivation = await validateW3c([path.join(W3C_DIR, 'examples', 'invalid-motivation.json')], ['annotations/annotationOptionals.test'], W3C_REQUIRED);
    expect(motivation.code).toBe(1);
  });
});

describe('W3C import onto articles already in the notebook', () => {
  it('places every annotation of an export on the same articles elsewhere, and a second import changes nothing', async () => {
    const { nb: ana } = await notebookWithEmoji();
    const { file } = await exportW3c(ana);
    const ben = await openNotebook('ben');
    await ben.importText('tram.txt', ARTICLE_THREE);
    await ben.importText('ferry.txt', ARTICLE_ONE);
    const dry = await ben.call('exchange.importAnnotations', { path: file, dryRun: true });
    expect(dry).toMatchObject({ applied: false, format: 'w3c', highlights: { new: 4 }, notPlaced: [] });
    const report = await ben.call('exchange.importAnnotations', { path: file });
    expect(report).toMatchObject({ applied: true, highlights: { new: 4, conflicts: 0 }, notPlaced: [] });
    const strip = (h: Json) => ({ id: h.id, articleId: h.articleId, kind: h.kind, tags: h.tags, note: h.note, fields: h.fields, author: h.author, createdAt: h.createdAt, updatedAt: h.updatedAt, target: h.target });
    expect(catalogState(ben).highlights.map(strip)).toEqual(catalogState(ana).highlights.map(strip));
    const before = await folderState(ben.dir);
    const again = await ben.call('exchange.importAnnotations', { path: file });
    expect(again.highlights).toMatchObject({ new: 0, updated: 0, unchanged: 4 });
    expect(await folderState(ben.dir)).toEqual(before);
  });

  it('reports what cannot be placed, and places foreign annotations by quote (UTF-16 offsets too)', async () => {
    const nb = await openNotebook('ben');
    const tram = await nb.importText('tram.txt', ARTICLE_THREE);
    const body = (await nb.call('articles.get', { id: tram })).body;
    const at = body.indexOf('310 million euros');
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        // Hypothesis-like: the page URL (unknown here), quote and UTF-16 offsets.
        { id: 'https://hyp.example/a/1', type: 'Annotation', motivation: 'tagging', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'budget' }], creator: 'acct:lea@hyp.example', target: { source: 'https://news.example/tram', selector: [{ type: 'TextPositionSelector', start: at, end: at + 17 }, { type: 'TextQuoteSelector', exact: '310 million euros' }] } },
        { id: 'https://hyp.example/a/2', type: 'Annotation', bodyValue: 'hmm', target: { source: 'https://news.example/other', selector: { type: 'TextQuoteSelector', exact: 'words found nowhere' } } },
        { id: 'https://hyp.example/a/3', type: 'Annotation', target: `urn:sourcebook:article:${tram}` },
      ],
    };
    const file = await writeTemp('foreign.json', JSON.stringify(foreign));
    const report = await nb.call('exchange.importAnnotations', { path: file, defaultKind: 'figure' });
    expect(report.highlights.new).toBe(1);
    expect(report.notPlaced.map((n) => n.id)).toEqual(['https://hyp.example/a/2', 'https://hyp.example/a/3']);
    expect(report.notPlaced[0]!.reason).toMatch(/no article here/);
    const [h] = await nb.call('highlights.list', { articleId: tram });
    expect(h).toMatchObject({ kind: 'figure', tags: ['budget'], author: 'acct:lea@hyp.example', target: { quote: { exact: '310 million euros' } } });
  });

  it('refuses JSON with prototype keys, and files that are not annotations, without touching the notebook', async () => {
    const nb = await openNotebook('ben');
    await nb.importText('tram.txt', ARTICLE_THREE);
    const before = await folderState(nb.dir);
    for (const [content, message] of [
      ['{"type":"Annotation","__proto__":{"x":1}}', /forbidden key "__proto__"/],
      ['{"type":"Nothing"}', /no W3C annotations/],
      ['not json', /neither W3C annotations/],
    ] as const) {
      const result = await nb.core.dispatch('exchange.importAnnotations', { path: await writeTemp('x.json', content) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(await folderState(nb.dir)).toEqual(before);
  });
});
