import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebookFile } from '../../../main/core/storage/notebook-file';
import { tempDir } from '../../helpers/temp-dir';

describe('notebook.json', () => {
  it('is created with the current schema version on first open', async () => {
    const dir = await tempDir();
    const file = await openNotebookFile(dir);
    expect(file.format).toBe('sourcebook-notebook');
    expect(file.schemaVersion).toBe(1);
    expect((await openNotebookFile(dir)).id).toBe(file.id);
  });

  it('refuses a notebook written by a newer Sourcebook, without touching it', async () => {
    const dir = await tempDir();
    const content = JSON.stringify({ format: 'sourcebook-notebook', schemaVersion: 7, id: 'x', createdAt: 'now' });
    await writeFile(path.join(dir, 'notebook.json'), content);
    await expect(openNotebookFile(dir)).rejects.toThrow(/newer Sourcebook \(notebook schema 7; this version reads up to 1\)/);
    expect(await readFile(path.join(dir, 'notebook.json'), 'utf8')).toBe(content);
  });

  it('runs each migration in order and records the version after each step', async () => {
    const dir = await tempDir();
    await openNotebookFile(dir, {}, 1);
    const ran: number[] = [];
    const migrations = {
      1: async () => void ran.push(1),
      2: async () => void ran.push(2),
    };
    const upgraded = await openNotebookFile(dir, migrations, 3);
    expect(ran).toEqual([1, 2]);
    expect(upgraded.schemaVersion).toBe(3);
    expect(JSON.parse(await readFile(path.join(dir, 'notebook.json'), 'utf8')).schemaVersion).toBe(3);
  });

  it('stops at a missing migration with a clear error', async () => {
    const dir = await tempDir();
    await openNotebookFile(dir, {}, 1);
    await expect(openNotebookFile(dir, {}, 2)).rejects.toThrow('no migration from notebook schema 1 to 2');
  });
});
