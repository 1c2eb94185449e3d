// Applying highlights that came from another tool: merged with the ones here by id, never overriding a later edit,
// respecting deletions made here, in one all-or-nothing commit with any new articles.
import type { PlacementReport } from '../../../../shared/exchange';
import type { ArticleMeta, Highlight } from '../../../../shared/model';
import type { Notebook } from '../../notebook';
import type { Change } from '../../storage/catalog';
import { evidenceLines } from '../formats/evidence-lines';
import { canonical } from '../merge/canonical';
import { deletionApplies, mergeHighlight } from '../merge/highlights';

export interface Placed {
  articles: { meta: ArticleMeta; contentHash: string; contentBytes: Uint8Array; isNew: boolean }[];
  highlights: Highlight[];
  notPlaced: { id: string; reason: string }[];
  warnings: string[];
}

/**
 * A REFI-QDA project carries a highlight's evidence (values, units, as-of, claim status and links) only as words in
 * its Description ("value: 310000000 EUR"), which the import keeps in the note, not as evidence. A project exported
 * from here, even after a QDA tool has edited it, must not take away what it could not carry: the evidence here
 * stays with the highlight, and the words that stood for that same evidence leave the note.
 */
function keepEvidence(incoming: Highlight, here: Highlight | undefined): Highlight {
  if (!here?.evidence || incoming.evidence) return incoming;
  const words = evidenceLines(here.evidence).join('\n');
  const note = !words ? incoming.note : incoming.note === words ? '' : incoming.note.endsWith(`\n\n${words}`) ? incoming.note.slice(0, -words.length - 2) : incoming.note;
  return { ...incoming, note, evidence: here.evidence };
}

const content = (h: Highlight): string => canonical([h.kind, h.tags, h.note, h.fields, h.evidence ?? null, h.target.position, h.target.quote.exact]);

export async function applyPlaced(nb: Notebook, format: PlacementReport['format'], placed: Placed, dryRun: boolean): Promise<PlacementReport> {
  const report: PlacementReport = {
    applied: false,
    format,
    articles: { new: placed.articles.filter((a) => a.isNew).length, existing: placed.articles.filter((a) => !a.isNew).length },
    highlights: { new: 0, updated: 0, unchanged: 0, conflicts: 0 },
    notPlaced: placed.notPlaced,
    warnings: placed.warnings,
  };
  const changes: Change[] = placed.articles.filter((a) => a.isNew).map((a) => ({ type: 'putArticle', article: a.meta }));
  for (const placedHighlight of placed.highlights) {
    const here = nb.catalog.highlight(placedHighlight.id);
    const incoming = format === 'qdpx' ? keepEvidence(placedHighlight, here) : placedHighlight;
    const buried = here ? undefined : nb.catalog.tombstone(incoming.id);
    if (buried && deletionApplies(incoming, buried)) {
      report.highlights.unchanged++;
      report.warnings.push(`highlight ${incoming.id} was deleted here; not brought back`);
      continue;
    }
    // Other formats carry no history or carried state: the same content at the same time is the same highlight.
    if (here && here.updatedAt === incoming.updatedAt && content(here) === content(incoming)) {
      report.highlights.unchanged++;
      continue;
    }
    if (here && here.articleId !== incoming.articleId) {
      report.notPlaced.push({ id: incoming.id, reason: 'a highlight with this id belongs to another article here' });
      continue;
    }
    const result = mergeHighlight(here, incoming);
    report.highlights[result.status === 'conflict' ? 'conflicts' : result.status]++;
    if (result.status !== 'unchanged') changes.push({ type: 'putHighlight', highlight: result.highlight });
  }
  if (dryRun) return report;
  for (const a of placed.articles) if (a.isNew) await nb.content.putRaw(a.contentHash, a.contentBytes);
  await nb.catalog.commit(changes);
  if (changes.length > 0) nb.changed({ articles: report.articles.new > 0, highlights: changes.some((c) => c.type === 'putHighlight') });
  return { ...report, applied: true };
}
