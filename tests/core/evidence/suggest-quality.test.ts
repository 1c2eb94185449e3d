// Precision and recall of the suggester per kind over the labelled set (tests/fixtures/evidence, see its README).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../shared/model';
import { suggestEvidence } from '../../../main/core/evidence/suggest';
import { PROJECT_ROOT } from '../../helpers/shared-corpus';

const DIR = path.join(PROJECT_ROOT, 'tests/fixtures/evidence');
type Labels = Record<string, { date: string; figures: string[]; quotes: string[]; claims: string[] }>;
const LABELS = JSON.parse(readFileSync(path.join(DIR, 'labels.json'), 'utf8')) as Labels;

/** The targets stated in the README's "Evidence work" section. */
const TARGETS: Record<Kind, { precision: number; recall: number }> = {
  figure: { precision: 0.9, recall: 0.9 },
  quote: { precision: 0.85, recall: 0.85 },
  claim: { precision: 0, recall: 0.6 },
};

interface Range {
  start: number;
  end: number;
}
const iou = (a: Range, b: Range): number => {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
};

/** One-to-one matching, best overlaps first; a pair counts when IoU ≥ 0.5. */
function match(found: Range[], expected: Range[]): { hits: number; misses: Range[]; extra: Range[] } {
  const pairs = found.flatMap((f, i) => expected.map((e, j) => ({ i, j, score: iou(f, e) }))).filter((p) => p.score >= 0.5);
  pairs.sort((a, b) => b.score - a.score);
  const usedF = new Set<number>();
  const usedE = new Set<number>();
  for (const p of pairs) {
    if (usedF.has(p.i) || usedE.has(p.j)) continue;
    usedF.add(p.i);
    usedE.add(p.j);
  }
  return { hits: usedE.size, misses: expected.filter((_, j) => !usedE.has(j)), extra: found.filter((_, i) => !usedF.has(i)) };
}

describe('suggestion quality over the labelled set', () => {
  it('reaches the stated precision and recall per kind', () => {
    const totals: Record<Kind, { found: number; expected: number; hits: number }> = {
      figure: { found: 0, expected: 0, hits: 0 },
      quote: { found: 0, expected: 0, hits: 0 },
      claim: { found: 0, expected: 0, hits: 0 },
    };
    const mistakes: string[] = [];
    for (const [file, labels] of Object.entries(LABELS)) {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      const candidates = suggestEvidence(text, { date: labels.date });
      for (const kind of ['figure', 'quote', 'claim'] as const) {
        const expected = labels[`${kind}s`].map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
        const found = candidates.filter((c) => c.kind === kind);
        const { hits, misses, extra } = match(found, expected);
        totals[kind].found += found.length;
        totals[kind].expected += expected.length;
        totals[kind].hits += hits;
        for (const m of misses) mistakes.push(`${file} missed ${kind}: ${text.slice(m.start, m.end)}`);
        for (const x of extra) mistakes.push(`${file} extra  ${kind}: ${text.slice(x.start, x.end)}`);
      }
    }
    const rows = (Object.keys(totals) as Kind[]).map((kind) => {
      const t = totals[kind];
      return { kind, precision: t.found ? t.hits / t.found : 1, recall: t.expected ? t.hits / t.expected : 1, ...t };
    });
    console.log(
      [
        'Suggester over the labelled set (IoU >= 0.5):',
        'kind     precision  recall  found  expected',
        ...rows.map((r) => `${r.kind.padEnd(8)} ${r.precision.toFixed(2).padStart(9)}  ${r.recall.toFixed(2).padStart(6)}  ${String(r.found).padStart(5)}  ${String(r.expected).padStart(8)}`),
        ...mistakes.map((m) => `  ${m}`),
      ].join('\n'),
    );
    for (const r of rows) {
      expect(r.precision, `${r.kind} precision`).toBeGreaterThanOrEqual(TARGETS[r.kind].precision);
      expect(r.recall, `${r.kind} recall`).toBeGreaterThanOrEqual(TARGETS[r.kind].recall);
    }
  });
});
