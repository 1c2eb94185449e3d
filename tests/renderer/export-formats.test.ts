import { describe, expect, it } from 'vitest';
import { exportFileName, joinPath, parentFolder, withFormatExtension } from '../../renderer/features/exchange/export-formats';

describe('where an export goes by default', () => {
  it.each([
    ['/home/ana/Sourcebook', '/home/ana'],
    ['/home/ana/Sourcebook/', '/home/ana'],
    ['/Sourcebook', '/'],
    ['C:\\Users\\ana\\Sourcebook', 'C:\\Users\\ana'],
    ['\\\\server\\share\\Sourcebook', '\\\\server\\share'],
  ])('beside the notebook %s: in %s', (notebook, folder) => {
    expect(parentFolder(notebook)).toBe(folder);
  });

  it('joins with the folder’s own separator', () => {
    expect(joinPath('/home/ana', 'x.csv')).toBe('/home/ana/x.csv');
    expect(joinPath('/', 'x.csv')).toBe('/x.csv');
    expect(joinPath('C:\\Users\\ana', 'x.csv')).toBe('C:\\Users\\ana\\x.csv');
  });

  it('names the file after what is in it and the day', () => {
    const day = new Date('2026-03-14T10:00:00Z');
    expect(exportFileName('csv', '', day)).toBe('sourcebook-2026-03-14.csv');
    expect(exportFileName('bundle', 'Tag: Data protection', day)).toBe('sourcebook-tag-data-protection-2026-03-14.sourcebook');
    expect(exportFileName('markdown', 'quotes', day)).toBe('sourcebook-quotes-2026-03-14');
    expect(exportFileName('csv', 'Harbour council backs six-month night ferry trial', day)).toBe('sourcebook-harbour-council-backs-six-month-night-2026-03-14.csv');
  });
});

describe('switching format keeps the path, with the new format’s extension', () => {
  it.each([
    ['/x/export.csv', 'w3c', '/x/export.jsonld'],
    ['/x/export.jsonld', 'markdown', '/x/export'],
    ['/x/export', 'qdpx', '/x/export.qdpx'],
    ['/x/notes.zip', 'markdown', '/x/notes.zip'],
    ['/x/notes.zip', 'csv', '/x/notes.csv'],
    ['/x/my.tsv', 'csv', '/x/my.tsv'],
    ['C:\\x\\export.csv', 'csl', 'C:\\x\\export.json'],
  ] as const)('%s as %s: %s', (path, format, expected) => {
    expect(withFormatExtension(path, format)).toBe(expected);
  });
});
