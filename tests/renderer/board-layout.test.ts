import { describe, expect, it } from 'vitest';
import { boardLayout } from '../../renderer/features/board/board-layout';

describe('the board’s lines: group headings before their rows', () => {
  it('is the rows themselves without grouping', () => {
    const layout = boardLayout(3, undefined);
    expect(layout.length).toBe(3);
    expect(layout.lineAt(2)).toEqual({ type: 'row', row: 2 });
  });

  it('puts each heading before its group', () => {
    const groups = [
      { key: 'a', label: 'A', count: 2 },
      { key: 'b', label: 'B', count: 1 },
      { key: '', label: '(none)', count: 3 },
    ];
    const layout = boardLayout(6, groups);
    expect(layout.length).toBe(9);
    const lines = Array.from({ length: layout.length }, (_, i) => layout.lineAt(i)).map((l) => (l.type === 'group' ? l.group.label : l.row));
    expect(lines).toEqual(['A', 0, 1, 'B', 2, '(none)', 3, 4, 5]);
  });

  it('finds a line among 30,000 rows in 300 groups quickly', () => {
    const groups = Array.from({ length: 300 }, (_, i) => ({ key: String(i), label: `g${i}`, count: 100 }));
    const layout = boardLayout(30_000, groups);
    expect(layout.lineAt(101)).toMatchObject({ type: 'group', position: 1 });
    expect(layout.lineAt(30_299)).toEqual({ type: 'row', row: 29_999 });
  });
});
