import { UsageError } from '../types';
import * as format from '../format';
import { int, exactly } from './args';
import type { Command } from './types';

const listCommand: Command = {
  name: 'list',
  usage: 'list',
  summary: 'List the articles: id, date, source, title, words, highlights.',
  check: exactly(0, 'no arguments'),
  async run({ call, print }) {
    const articles = await call('articles.list', {});
    print(
      articles.map(({ id, title, source, date, words, highlights, counts }) => ({ id, title, source, date, words, highlights, counts })),
      () => format.articleTable(articles),
    );
  },
};

const showCommand: Command = {
  name: 'show',
  usage: 'show ID [--removed]',
  summary: 'Show an article: metadata, body and highlights. ID may be a unique prefix.',
  options: { removed: { type: 'boolean' } },
  check: exactly(1, 'one article ID'),
  async run({ positionals, values, call, print }) {
    const article = await call('articles.get', { id: positionals[0]! });
    print(article, () => format.article(article, Boolean(values.removed)));
  },
};

const deleteCommand: Command = {
  name: 'delete',
  usage: 'delete ID',
  summary: 'Delete an article and its highlights.',
  check: exactly(1, 'one article ID'),
  async run({ positionals, call, print }) {
    const removed = await call('articles.delete', { id: positionals[0]! });
    print(removed, () => `Deleted article ${removed.id} and ${removed.highlights} highlight(s)\n`);
  },
};

const boilerplateCommand: Command = {
  name: 'boilerplate',
  usage: 'boilerplate ID (--restore | --remove)',
  summary: 'Put the parts removed at import (boilerplate, credits, headline…) back into the body, or remove them again.',
  options: { restore: { type: 'boolean' }, remove: { type: 'boolean' } },
  check(positionals, values) {
    exactly(1, 'one article ID')(positionals);
    if (Boolean(values.restore) === Boolean(values.remove)) throw new UsageError('give either --restore or --remove');
  },
  async run({ positionals, values, call, print }) {
    const article = await call('articles.setIncludeRemoved', { id: positionals[0]!, include: Boolean(values.restore) });
    const verb = values.restore ? 'Restored the removed parts of' : 'Removed the boilerplate of';
    print(article, () => `${verb} "${article.title}"; the body now has ${article.body.length} characters.\n`);
  },
};

const diffCommand: Command = {
  name: 'diff',
  usage: 'diff ID [--from N] [--to N]',
  summary: 'What changed between two versions of an article (default: the previous and the current one).',
  options: { from: { type: 'string' }, to: { type: 'string' } },
  check(positionals, values) {
    exactly(1, 'one article ID')(positionals);
    int(values.from, 'from');
    int(values.to, 'to');
  },
  async run({ positionals, values, call, print }) {
    const diff = await call('articles.diff', { id: positionals[0]!, from: int(values.from, 'from'), to: int(values.to, 'to') });
    print(diff, () => format.versionDiff(diff));
  },
};

export const articlesCommands: Command[] = [listCommand, showCommand, deleteCommand, boilerplateCommand, diffCommand];
