import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../shared/model';
import { tempDir } from '../../helpers/temp-dir';
import { ARTICLE_ONE, ARTICLE_THREE, catalogState, folderState, openNotebook, writeTemp } from './helpers';
import type { TestNotebook } from './helpers';
import { describeIf, REFI_DIR, refiReady, refiWhy, validateXml } from './validators';

async function notebook(): Promise<{ nb: TestNotebook; tram: string; ferry: string }> {
  const nb = await openNotebook('ana');
  const tram = await nb.importText('tram.txt', ARTICLE_THREE);
  const ferry = await nb.importText('ferry.txt', ARTICLE_ONE);
  const fig = await nb.call('highlights.create', { articleId: tram, kind: 'figure', quote: '310 million euros', tags: ['cost', 'Budget & <plans>'], note: 'was 250 😬\r\nin 2024', fields: { measures: 'total cost' } });
  await nb.call('highlights.create', { articleId: tram, kind: 'quote', quote: '"Nobody is surprised,"', fields: { speaker: 'Lea Brandt' } });
  await nb.call('highlights.create', { articleId: ferry, kind: 'claim', quote: 'approved a ferry route', tags: ['claim'] });
  const ben = await openNotebook('ben');
  await ben.call('exchange.merge', { path: await bundleOf(nb) });
  await ben.call('highlights.update', { id: fig.id, note: 'was 250 😬 in 2024 (Ben checked)' });
  await nb.call('exchange.merge', { path: await bundleOf(ben) });
  return { nb, tram, ferry };
}

async function bundleOf(nb: TestNotebook): Promise<string> {
  const file = path.join(await tempDir(), 'x.sourcebook');
  await nb.call('exchange.export', { format: 'bundle', path: file });
  return file;
}

async function exportTo(nb: TestNotebook, format: 'qdpx' | 'qdc'): Promise<string> {
  const file = path.join(await tempDir(), `project.${format}`);
  await nb.call('exchange.export', { format, path: file });
  return file;
}

describe('REFI-QDA project export', () => {
  it('counts positions in code points of the source text file, end exclusive', async () => {
    const { nb, tram } = await notebook();
    const files = unzipSync(new Uint8Array(readFileSync(await exportTo(nb, 'qdpx'))));
    const text = Buffer.from(files[`sources/${tram}.txt`]!).toString('utf8');
    expect(text).toBe((await nb.call('articles.get', { id: tram })).body);
    const qde = Buffer.from(files['project.qde']!).toString('utf8');
    const selections = [...qde.matchAll(/<PlainTextSelection guid="([^"]+)" name="([^"]*)" startPosition="(\d+)" endPosition="(\d+)"/g)];
    expect(selections).toHaveLength(3);
    const chars = [...text];
    for (const [, id, , start, end] of selections) {
      const h = (await nb.call('highlights.list', {})).find((x) => x.id === id)!;
      if (h.articleId === tram) expect(chars.slice(Number(start), Number(end)).join('')).toBe(h.target.quote.exact);
    }
    expect(qde).toContain('name="Budget &amp; &lt;plans&gt;"');
    expect(qde).toContain('<PlainTextContent>was 250 😬 in 2024 (Ben checked)</PlainTextContent>');
    expect(qde).toMatch(/<User guid="[^"]+" name="ben"\/>/);
  });
});

describeIf(refiReady, refiWhy, 'REFI-QDA validation (xmllint with the XSDs in ../shared)', () => {
  it('the project validates against Project-mrt2019.xsd and the codebook against Codebook.xsd', async () => {
    const { nb } = await notebook();
    const dir = await tempDir();
    const qde = path.join(dir, 'project.qde');
    writeFileSync(qde, unzipSync(new Uint8Array(readFileSync(await exportTo(nb, 'qdpx'))))['project.qde']!);
    const project = await validateXml(qde, 'Project-mrt2019.xsd');
    expect(project.code, project.output).toBe(0);
    expect(project.output).toContain('validates');
    const codebook = await validateXml(await exportTo(nb, 'qdc'), 'Codebook.xsd');
    expect(codebook.code, codebook.output).toBe(0);
    // An empty notebook is a valid project too.
    const empty = path.join(dir, 'empty.qde');
    writeFileSync(empty, unzipSync(new Uint8Array(readFileSync(await exportTo(await openNotebook('x'), 'qdpx'))))['project.qde']!);
    expect((await validateXml(empty, 'Project-mrt2019.xsd')).code).toBe(0);
  });

  it('xmllint does refuse the invalid examples (so a pass means something)', async () => {
    expect((await validateXml(path.join(REFI_DIR, 'examples', 'invalid-project.qde'), 'Project-mrt2019.xsd')).code).not.toBe(0);
    expect((await validateXml(path.join(REFI_DIR, 'examples', 'invalid-codebook.qdc'), 'Codebook.xsd')).code).not.toBe(0);
  });

  it('imports the ATLAS.ti exports: users, codes, no sources, nothing to place', async () => {
    for (const name of ['blank-atlas-project.qdpx', 'target-atlas-project.qdpx']) {
      const nb = await openNotebook('ana');
      const report = await nb.call('exchange.importAnnotations', { path: path.join(REFI_DIR, 'examples', name) });
      expect(report).toMatchObject({ applied: true, format: 'qdpx', articles: { new: 0, existing: 0 }, highlights: { new: 0 }, notPlaced: [] });
    }
  });
});

describe('REFI-QDA project import', () => {
  it('round-trips: a project exported here re-imports into another notebook with the same ids, codes, notes, fields, users and times', async () => {
    const { nb } = await notebook();
    const file = await exportTo(nb, 'qdpx');
    const ben = await openNotebook('ben');
    const report = await ben.call('exchange.importAnnotations', { path: file });
    expect(report).toMatchObject({ articles: { new: 2 }, highlights: { new: 3 }, notPlaced: [] });
    const strip = (h: Highlight) => ({ ...h, history: undefined, carried: undefined });
    expect(catalogState(ben).highlights.map(strip)).toEqual(catalogState(nb).highlights.map(strip));
    expect(catalogState(ben).articles.map((a) => a.id)).toEqual(catalogState(nb).articles.map((a) => a.id));
    // Into the notebook it came from: everything is recognised, nothing changes.
    const before = await folderState(nb.dir);
    const back = await nb.call('exchange.importAnnotations', { path: file });
    expect(back).toMatchObject({ articles: { new: 0, existing: 2 }, highlights: { new: 0, updated: 0, unchanged: 3 } });
    expect(await folderState(nb.dir)).toEqual(before);
  });

  it('keeps the evidence it carries only as words: its own project re-imported changes nothing, a QDA tool’s edit keeps it', async () => {
    const nb = await openNotebook('ana');
    const tram = await nb.importText('tram.txt', ARTICLE_THREE);
    const figure = await nb.call('highlights.create', {
      articleId: tram,
      kind: 'figure',
      quote: '310 million euros',
      fields: { measures: 'cost of the tram line' },
      evidence: { quantities: [{ value: 310_000_000, unit: 'EUR', scale: 'million', text: '310 million euros' }], asOf: '2026' },
    });
    const claim = await nb.call('highlights.create', {
      articleId: tram,
      kind: 'claim',
      quote: 'delayed by another year',
      evidence: { status: 'supported', links: [{ highlightId: figure.id, relation: 'supports' }] },
    });
    const file = await exportTo(nb, 'qdpx');
    const before = await folderState(nb.dir);
    expect(await nb.call('exchange.importAnnotations', { path: file })).toMatchObject({ highlights: { new: 0, updated: 0, unchanged: 2, conflicts: 0 } });
    expect(await folderState(nb.dir)).toEqual(before);

    // Edited in a QDA tool later (its modification time moves on): the edit comes in, the evidence stays, and the
    // Description's words for that evidence do not land in the note.
    const entries = unzipSync(new Uint8Array(readFileSync(file)));
    const qde = new TextDecoder().decode(entries['project.qde']);
    const edited = qde.replace(
      new RegExp(`(<PlainTextSelection guid="${figure.id}"[^>]*modifiedDateTime=")[^"]+(")`),
      `$1${new Date(Date.now() + 60_000).toISOString()}$2`,
    );
    expect(edited).not.toBe(qde);
    const report = await nb.call('exchange.importAnnotations', { path: await writeTemp('edited.qdpx', zipSync({ ...entries, 'project.qde': strToU8(edited) })) });
    // (Counted as a conflict: a project carries no history to show that the edit followed this version.)
    expect(report.highlights).toMatchObject({ new: 0, unchanged: 1 });
    const after = await nb.call('highlights.list', { articleId: tram });
    expect(after.find((h) => h.id === figure.id)).toMatchObject({ note: '', evidence: figure.evidence, fields: figure.fields });
    expect(after.find((h) => h.id === figure.id)!.updatedAt > figure.updatedAt).toBe(true);
    expect(after.find((h) => h.id === claim.id)?.evidence).toEqual(claim.evidence);
  });

  it('keeps positions exact in a source with CRLF line ends and characters outside the BMP', async () => {
    const text = 'Line one 🚀 rocket.\r\nSecond line has 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text.\r\n\r\nThird: the end 👋🏽 here.';
    const chars = [...text];
    const cp = (needle: string) => {
      const units = text.indexOf(needle);
      const start = [...text.slice(0, units)].length;
      return [start, start + [...needle].length];
    };
    const codings = [['𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text', 'figure'], ['rocket.\r\nSecond', 'Interesting'], ['the end 👋🏽', 'quote']].map(([needle, code]) => ({ needle: needle!, code: code!, at: cp(needle!) }));
    for (const c of codings) expect(chars.slice(c.at[0], c.at[1]).join('')).toBe(c.needle);
    const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p">
  <Users><User guid="${guid(1)}" name="Zoë"/></Users>
  <CodeBook><Codes><Code guid="${guid(2)}" name="Figure" isCodable="true"/><Code guid="${guid(3)}" name="Interesting" isCodable="true"/><Code guid="${guid(4)}" name="quote" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="${guid(5)}" name="crlf.txt" plainTextPath="internal://${guid(5)}.txt">
    ${codings.map((c, i) => `<PlainTextSelection guid="${guid(10 + i)}" startPosition="${c.at[0]}" endPosition="${c.at[1]}" creatingUser="${guid(1)}" creationDateTime="2024-05-01T12:00:00"><Coding guid="${guid(20 + i)}"><CodeRef targetGUID="${c.code === 'figure' ? guid(2) : c.code === 'quote' ? guid(4) : guid(3)}"/></Coding></PlainTextSelection>`).join('\n    ')}
  </TextSource></Sources>
</Project>`;
    const file = await writeTemp('crlf.qdpx', zipSync({ 'project.qde': strToU8(qde), [`sources/${guid(5)}.txt`]: strToU8(text) }));
    const nb = await openNotebook('ana');
    const report = await nb.call('exchange.importAnnotations', { path: file, defaultKind: 'claim' });
    expect(report).toMatchObject({ articles: { new: 1 }, highlights: { new: 3 }, notPlaced: [] });
    const highlights = await nb.call('highlights.list', {});
    const byId = (n: number) => highlights.find((h) => h.id === guid(n))!;
    expect(byId(10)).toMatchObject({ kind: 'figure', tags: [], author: 'Zoë', createdAt: '2024-05-01T12:00:00.000Z', target: { quote: { exact: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text' } } });
    expect(byId(11)).toMatchObject({ kind: 'claim', tags: ['Interesting'] });
    expect(byId(11).target.quote.exact.replace(/\s+/g, ' ')).toBe('rocket. Second');
    expect(byId(12)).toMatchObject({ kind: 'quote', target: { quote: { exact: 'the end 👋🏽' } } });

    // And back out: the positions in the exported source count the same characters.
    const out = unzipSync(new Uint8Array(readFileSync(await exportTo(nb, 'qdpx'))));
    const article = (await nb.call('articles.list', {}))[0]!;
    const exported = [...Buffer.from(out[`sources/${article.id}.txt`]!).toString('utf8')];
    const qdeOut = Buffer.from(out['project.qde']!).toString('utf8');
    for (const n of [10, 11, 12]) {
      const m = new RegExp(`guid="${guid(n)}"[^>]*startPosition="(\\d+)" endPosition="(\\d+)"`).exec(qdeOut)!;
      expect(exported.slice(Number(m[1]), Number(m[2])).join('')).toBe(byId(n).target.quote.exact);
    }
  });

  it('refuses a project with a DOCTYPE, paths that escape, or no project.qde, and leaves the notebook alone', async () => {
    const nb = await openNotebook('ana');
    const before = await folderState(nb.dir);
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><Project xmlns="urn:QDA-XML:project:1.0" name="&lol;"/>';
    for (const [zip, message] of [
      [zipSync({ 'project.qde': strToU8(bomb) }), /DOCTYPE/],
      [zipSync({ 'project.qde': strToU8('<Project name="x"/>'), '../../escape.txt': strToU8('x') }), /escapes its folder/],
      [zipSync({ 'readme.txt': strToU8('hello') }), /no project\.qde/],
      [zipSync({ 'project.qde': strToU8('<Project name="x"><Sources>') }), /not well-formed/],
    ] as const) {
      const result = await nb.core.dispatch('exchange.importAnnotations', { path: await writeTemp('bad.qdpx', zip) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(await folderState(nb.dir)).toEqual(before);
  });
});
