import { describe, expect, it } from 'vitest';
import { documentFromMarkdown } from '../../../main/core/import/formats/markdown';

describe('Markdown import', () => {
  it('takes metadata from front matter and turns markup into plain paragraphs', () => {
    const doc = documentFromMarkdown(
      `---\ntitle: "Ferry trial: first month"\nauthor: [Ana Ruiz, Tomas Verhoef]\ndate: 2024-06-01\nsource: Harbour Gazette\nurl: https://example.org/ferry\nlang: en\n---\n\n# Ferry trial\n\nThe **first month** of the [ferry trial](https://example.org) carried *2,310* passengers.\n\n## Complaints\n\n- Late boats\n- No shelter at the quay\n\n> "We waited forty minutes," one passenger said.\n`,
      'ferry.md',
    );
    expect(doc).toMatchObject({
      title: 'Ferry trial: first month',
      author: 'Ana Ruiz, Tomas Verhoef',
      date: '2024-06-01',
      source: 'Harbour Gazette',
      url: 'https://example.org/ferry',
      lang: 'en',
    });
    expect(doc.blocks.map((b) => [b.role, b.text])).toEqual([
      ['heading', 'Ferry trial'],
      ['body', 'The first month of the ferry trial carried 2,310 passengers.'],
      ['heading', 'Complaints'],
      ['body', '• Late boats'],
      ['body', '• No shelter at the quay'],
      ['body', '"We waited forty minutes," one passenger said.'],
    ]);
  });

  it('uses a leading level-one heading as the title when there is no front matter', () => {
    const doc = documentFromMarkdown('# Notes from the council meeting\n\nThe council met for three hours and agreed on nothing of substance.\n', 'notes.md');
    expect(doc.title).toBe('Notes from the council meeting');
    expect(doc.blocks[0]).toEqual({ role: 'title', text: 'Notes from the council meeting' });
  });

  it('keeps text that only looks like a heading as body', () => {
    const doc = documentFromMarkdown('Short line\n\nA longer paragraph that follows the short line and reads like running prose, with a full stop.\n', 'x.md');
    expect(doc.blocks.map((b) => b.role)).toEqual(['body', 'body']);
  });

  it('treats a broken front matter block as text', () => {
    const doc = documentFromMarkdown('---\ntitle: [unclosed\n---\n\nThe text of the note goes on for a while so that it reads as prose.\n', 'x.md');
    expect(doc.blocks.some((b) => b.text.includes('The text of the note'))).toBe(true);
  });
});
