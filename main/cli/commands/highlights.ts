import { UsageError } from '../types';
import * as format from '../format';
import { str, list, int, kind, exactly, filterOptions } from './args';
import { EVIDENCE_HELP, evidenceFrom, evidenceOptions } from './evidence';
import type { Command } from './types';

const highlightCommand: Command = {
  name: 'highlight',
  usage: 'highlight ID (--quote TEXT [--occurrence N] | --start N --end N) --kind claim|figure|quote [--tag T]... [--note TEXT]',
  summary: 'Highlight a passage of an article, found by its text or by offsets in the body.',
  help: `Structured fields: --speaker NAME, --speaker-role ROLE (quotes), --measures WHAT, --subject WHOSE (figures), --claimant NAME (claims).\n${EVIDENCE_HELP}\n--parse fills what is not given from the passage (as evidence.parse reads it).`,
  options: {
    quote: { type: 'string' },
    occurrence: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    kind: { type: 'string' },
    tag: { type: 'string', multiple: true },
    note: { type: 'string' },
    speaker: { type: 'string' },
    'speaker-role': { type: 'string' },
    measures: { type: 'string' },
    claimant: { type: 'string' },
    subject: { type: 'string' },
    parse: { type: 'boolean' },
    ...evidenceOptions,
  },
  check(positionals, values) {
    exactly(1, 'one article ID')(positionals);
    kind(values.kind, true);
    evidenceFrom(values);
    const byQuote = values.quote !== undefined;
    const byRange = values.start !== undefined || values.end !== undefined;
    if (byQuote === byRange) throw new UsageError('give either --quote TEXT or --start N --end N');
    if (byRange && (values.start === undefined || values.end === undefined)) throw new UsageError('--start and --end go together');
  },
  async run({ positionals, values, call, print }) {
    const fields = {
      speaker: str(values.speaker),
      speakerRole: str(values['speaker-role']),
      measures: str(values.measures),
      claimant: str(values.claimant),
      subject: str(values.subject),
    };
    const passage =
      values.quote !== undefined
        ? { quote: str(values.quote)!, occurrence: int(values.occurrence, 'occurrence') }
        : { start: int(values.start, 'start'), end: int(values.end, 'end') };
    const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const parsed = values.parse ? await call('evidence.parse', { articleId: positionals[0]!, kind: kind(values.kind, true), ...passage }) : undefined;
    const merged = { ...parsed?.fields, ...given };
    const evidence = { ...parsed?.evidence, ...evidenceFrom(values) };
    const highlight = await call('highlights.create', {
      articleId: positionals[0]!,
      kind: kind(values.kind, true)!,
      tags: list(values.tag),
      note: str(values.note) ?? '',
      fields: Object.keys(merged).length ? merged : undefined,
      evidence: Object.keys(evidence).length ? evidence : undefined,
      ...passage,
    });
    print(highlight, () => format.highlight(highlight));
  },
};

const highlightsCommand: Command = {
  name: 'highlights',
  usage: 'highlights [ID] [--kind K] [--tag T]',
  summary: 'List highlights, of one article or of the whole notebook.',
  options: filterOptions,
  check(positionals, values) {
    if (positionals.length > 1) throw new UsageError('expected at most one article ID');
    kind(values.kind, false);
  },
  async run({ positionals, values, call, print }) {
    const highlights = await call('highlights.list', { articleId: positionals[0], kind: kind(values.kind, false), tag: str(values.tag) });
    print(highlights, () => (highlights.length ? highlights.map(format.highlight).join('') : 'No highlights.\n'));
  },
};

const editCommand: Command = {
  name: 'edit-highlight',
  usage: 'edit-highlight HIGHLIGHT_ID [--kind K] [--tag T]... [--note TEXT] [evidence options]',
  summary: "Change a highlight's kind, tags (replaced by the given ones), note or evidence data.",
  help: EVIDENCE_HELP,
  options: { kind: { type: 'string' }, tag: { type: 'string', multiple: true }, note: { type: 'string' }, ...evidenceOptions },
  check(positionals, values) {
    exactly(1, 'one highlight ID')(positionals);
    kind(values.kind, false);
    evidenceFrom(values);
  },
  async run({ positionals, values, call, print }) {
    const highlight = await call('highlights.update', {
      id: positionals[0]!,
      kind: kind(values.kind, false),
      tags: values.tag !== undefined ? list(values.tag) : undefined,
      note: str(values.note),
      evidence: evidenceFrom(values),
    });
    print(highlight, () => format.highlight(highlight));
  },
};

const deleteHighlightCommand: Command = {
  name: 'delete-highlight',
  usage: 'delete-highlight HIGHLIGHT_ID',
  summary: 'Delete a highlight.',
  check: exactly(1, 'one highlight ID'),
  async run({ positionals, call, print }) {
    const removed = await call('highlights.delete', { id: positionals[0]! });
    print(removed, () => `Deleted highlight ${removed.id}\n`);
  },
};

const reviewCommand: Command = {
  name: 'review',
  usage: 'review',
  summary: 'Highlights carried to a new article version that need a look (fuzzy matches and orphans).',
  check: exactly(0, 'no arguments'),
  async run({ call, print }) {
    const highlights = await call('highlights.review', {});
    print(highlights, () => (highlights.length ? highlights.map(format.highlight).join('') : 'Nothing to review.\n'));
  },
};

const acceptCommand: Command = {
  name: 'accept',
  usage: 'accept HIGHLIGHT_ID',
  summary: 'Accept where a fuzzy match put a carried highlight.',
  check: exactly(1, 'one highlight ID'),
  async run({ positionals, call, print }) {
    const highlight = await call('highlights.accept', { id: positionals[0]! });
    print(highlight, () => format.highlight(highlight));
  },
};

const reattachCommand: Command = {
  name: 'reattach',
  usage: 'reattach HIGHLIGHT_ID (--quote TEXT [--occurrence N] | --start N --end N)',
  summary: "Anchor a highlight to another passage of its article's current text.",
  options: { quote: { type: 'string' }, occurrence: { type: 'string' }, start: { type: 'string' }, end: { type: 'string' } },
  check(positionals, values) {
    exactly(1, 'one highlight ID')(positionals);
    if ((values.quote !== undefined) === (values.start !== undefined || values.end !== undefined)) throw new UsageError('give either --quote TEXT or --start N --end N');
  },
  async run({ positionals, values, call, print }) {
    const highlight = await call('highlights.reattach', {
      id: positionals[0]!,
      ...(values.quote !== undefined
        ? { quote: str(values.quote)!, occurrence: int(values.occurrence, 'occurrence') }
        : { start: int(values.start, 'start'), end: int(values.end, 'end') }),
    });
    print(highlight, () => format.highlight(highlight));
  },
};

const tagsCommand: Command = {
  name: 'tags',
  usage: 'tags',
  summary: 'List the tags in use, with how many highlights carry each.',
  check: exactly(0, 'no arguments'),
  async run({ call, print }) {
    const tags = await call('tags.list', {});
    print(tags, () => (tags.length ? tags.map((t) => `${String(t.count).padStart(5)}  ${t.tag}\n`).join('') : 'No tags.\n'));
  },
};

export const highlightsCommands: Command[] = [highlightCommand, highlightsCommand, editCommand, deleteHighlightCommand, reviewCommand, acceptCommand, reattachCommand, tagsCommand];
