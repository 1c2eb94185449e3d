// Fuzzing the readers of what other people send: .sourcebook bundles, W3C Web Annotation files and REFI-QDA
// projects. Malformed ones must be refused in one line (or read), never crash, hang or blow up memory.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Input, Method, Result } from '../../shared/api';
import { createCore } from '../../main/core/index';
import type { Core } from '../../main/core/index';
import { tempDir } from '../helpers/temp-dir';
import { describeReport, runFuzz } from './harness';
import type { FuzzTarget } from './harness';
import { casesFor } from './mutations';
import type { Seed, Shape } from './mutations';

async function call<M extends Method>(core: Core, method: M, params: Input<M>): Promise<Result<M>> {
  const envelope = await core.dispatch(method, params);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as Result<M>;
}

const ARTICLES = [
  { name: 'ferry.txt', text: 'Ferry report\n\nThe night ferry carried 1,200 extra passengers a week, officials said on Monday. "It works," said Ana Ruiz.\n' },
  { name: 'library.txt', text: 'Library hours\n\nThe library opens at nine on weekdays from March, the council said. Costs rise by 12 percent.\n' },
];
const articleFiles = ARTICLES.map((a) => ({ name: a.name, bytes: new TextEncoder().encode(a.text) }));

/** A bundle, a W3C file and a REFI-QDA project exported from a small notebook with highlights, notes and tags. */
async function exports(): Promise<Record<'bundle' | 'w3c' | 'qdpx', Seed>> {
  const dir = await tempDir();
  const core = await createCore({ dir: path.join(dir, 'nb'), author: 'ann', snapshots: false });
  for (const a of ARTICLES) {
    const { articleId } = await call(core, 'import.content', { name: a.name, dataBase64: Buffer.from(a.text).toString('base64') });
    await call(core, 'highlights.create', { articleId: articleId!, kind: 'figure', quote: a.name === 'ferry.txt' ? '1,200 extra passengers' : '12 percent', tags: ['numbers'], note: 'check <b>this</b>' });
  }
  const out: Partial<Record<'bundle' | 'w3c' | 'qdpx', Seed>> = {};
  for (const [format, name] of [['bundle', 'week.sourcebook'], ['w3c', 'annotations.jsonld'], ['qdpx', 'project.qdpx']] as const) {
    await call(core, 'exchange.export', { format, path: path.join(dir, name) });
    out[format] = { name, bytes: new Uint8Array(await readFile(path.join(dir, name))) };
  }
  await core.close();
  return out as Record<'bundle' | 'w3c' | 'qdpx', Seed>;
}

const XML: Shape = { nest: ['<a>', '</a>'], item: '<Code guid="00000000-0000-0000-0000-000000000000" name="x"/>' };
const JSON_SHAPE: Shape = { nest: ['[', ']'], item: ',{"type":"Annotation","target":{"source":"x","selector":[{"type":"TextPositionSelector","start":0,"end":99999999}]}}' };

describe('fuzzing the exchange readers', () => {
  let seeds: Record<'bundle' | 'w3c' | 'qdpx', Seed>;
  beforeAll(async () => {
    seeds = await exports();
  }, 120_000);

  const cases: { what: string; format: 'bundle' | 'w3c' | 'qdpx'; target: FuzzTarget; shape: Shape; count: number }[] = [
    { what: '.sourcebook bundles', format: 'bundle', target: 'bundle', shape: JSON_SHAPE, count: 250 },
    { what: 'W3C Web Annotation files', format: 'w3c', target: 'annotations', shape: JSON_SHAPE, count: 250 },
    { what: 'REFI-QDA projects (.qdpx)', format: 'qdpx', target: 'annotations', shape: XML, count: 200 },
  ];
  for (const c of cases) {
    it(`${c.what}: read or refused in one line, never a crash, hang or memory blow-up`, async () => {
      const report = await runFuzz(casesFor([seeds[c.format]], c.shape, c.count, 20260302), { target: c.target, seedFiles: articleFiles });
      console.log(describeReport(`fuzz ${c.what}`, report));
      expect(report.failures).toEqual([]);
    }, 600_000);
  }
});
