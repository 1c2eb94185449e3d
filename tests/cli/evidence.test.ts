// The evidence commands: suggest, accept-suggestion, dismiss-suggestion, highlight with evidence options, board, link.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main';
import { tempDir } from '../helpers/temp-dir';

const FERRY = 'Harbour Ferry Route Approved\n\nThe harbour council approved a ferry route on Monday. "This is a good day," said councillor Ana Ruiz. The trial costs 2.4 million euros a year.\n\nOpposition members accused the council of ignoring a study.';
const ECHO = 'Ferry Row Grows\n\nThe ferry trial costs 2.4 million euros a year, the Gazette reported. "This is a great day," said councillor Ana Ruiz.';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} });
  return { code, stdout, stderr };
}

async function notebook() {
  const dir = await tempDir();
  const nb = path.join(dir, 'nb');
  const ids: string[] = [];
  for (const [name, text] of [['ferry.txt', FERRY], ['echo.txt', ECHO]] as const) {
    await writeFile(path.join(dir, name), text);
    const imported = await cli(['--notebook', nb, '--json', 'import', path.join(dir, name)]);
    ids.push((JSON.parse(imported.stdout) as { articleId: string }[])[0]!.articleId);
  }
  return { nb, ferry: ids[0]!, echo: ids[1]! };
}

describe('sourcebook evidence commands', () => {
  it('suggests, accepts and dismisses, as JSON and as text', async () => {
    const { nb, ferry } = await notebook();
    const json = await cli(['--notebook', nb, '--json', 'suggest', ferry]);
    expect(json.code).toBe(0);
    const [result] = JSON.parse(json.stdout) as { suggestions: { id: string; kind: string; text: string }[] }[];
    expect(result!.suggestions.map((s) => [s.kind, s.text])).toEqual([
      ['quote', '"This is a good day,"'],
      ['figure', '2.4 million euros a year'],
      ['claim', 'Opposition members accused the council of ignoring a study.'],
    ]);
    const text = await cli(['--notebook', nb, 'suggest', ferry.slice(0, 8)]);
    expect(text.stdout).toContain('3 suggestion(s)');
    expect(text.stdout).toContain('2,400,000 EUR per year');
    expect(text.stdout).toContain('speaker: Ana Ruiz · speakerRole: councillor');

    const figure = result!.suggestions[1]!;
    const accepted = await cli(['--notebook', nb, '--json', 'accept-suggestion', ferry, figure.id, '--tag', 'cost']);
    expect(JSON.parse(accepted.stdout)).toMatchObject({ kind: 'figure', tags: ['cost'], evidence: { quantities: [{ value: 2_400_000, unit: 'EUR' }] } });
    expect((await cli(['--notebook', nb, 'dismiss-suggestion', ferry, result!.suggestions[2]!.id])).stdout).toContain('1 suggestion(s) dismissed');
    expect((await cli(['--notebook', nb, 'suggest', ferry])).stdout).toContain('1 suggestion(s) (1 already highlighted, 1 dismissed)');
  });

  it('prints a percentage once in a suggestion ("60%", not "60% percent"), and percentage points as points', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'turnout.txt'), 'Turnout Rises\n\nTurnout rose to 60 percent of registered voters, the election office said on Monday. It rose by 5 percentage points.');
    const nb = path.join(dir, 'nb');
    const [imported] = JSON.parse((await cli(['--notebook', nb, '--json', 'import', path.join(dir, 'turnout.txt')])).stdout) as { articleId: string }[];
    const text = (await cli(['--notebook', nb, 'suggest', imported!.articleId])).stdout;
    expect(text).toMatch(/figure .*“60 percent of registered voters”\n\s+60% · measures: registered voters/);
    expect(text).not.toContain('% percent');
    expect(text).toMatch(/“5 percentage points”\n\s+5 percentage points/);
  });

  it('highlights with evidence options or parsed fields, prints the board with series and cross-article checks, and links evidence', async () => {
    const { nb, ferry, echo } = await notebook();
    // --parse reads the numbers; what is given on the command line (--measures) wins over what is parsed.
    const a = JSON.parse((await cli(['--notebook', nb, '--json', 'highlight', ferry, '--quote', '2.4 million euros a year', '--kind', 'figure', '--parse', '--measures', 'trial cost'])).stdout);
    expect(a).toMatchObject({ fields: { measures: 'trial cost' }, evidence: { quantities: [{ value: 2.4e6, unit: 'EUR', per: 'year', scale: 'million' }] } });
    const b = JSON.parse(
      (await cli(['--notebook', nb, '--json', 'highlight', echo, '--quote', '2.4 million euros a year', '--kind', 'figure', '--value', '2.4 million', '--unit', 'EUR', '--per', 'year', '--measures', 'trial cost', '--as-of', '2026'])).stdout,
    );
    expect(b.evidence).toEqual({ quantities: [{ value: 2.4e6, unit: 'EUR', per: 'year' }], asOf: '2026' });
    await cli(['--notebook', nb, 'edit-highlight', a.id, '--as-of', '2026']);
    await cli(['--notebook', nb, 'highlight', ferry, '--quote', '"This is a good day,"', '--kind', 'quote', '--parse']);
    await cli(['--notebook', nb, 'highlight', echo, '--quote', '"This is a great day,"', '--kind', 'quote', '--parse']);
    const claim = JSON.parse((await cli(['--notebook', nb, '--json', 'highlight', ferry, '--quote', 'Opposition members accused the council of ignoring a study.', '--kind', 'claim', '--parse', '--status', 'disputed'])).stdout);
    expect(claim).toMatchObject({ fields: { claimant: 'Opposition members' }, evidence: { status: 'disputed' } });
    expect((await cli(['--notebook', nb, 'link', claim.id, b.id, '--contradicts'])).stdout).toContain(`contradicts ${b.id}`);

    const board = await cli(['--notebook', nb, 'board']);
    expect(board.code).toBe(0);
    expect(board.stdout).toMatch(/figure\s+\w{8}\s+2,400,000 EUR\/year/);
    expect(board.stdout).toContain('[agreement]');
    expect(board.stdout).toContain('same figure in 2 articles: 2,400,000 EUR');
    expect(board.stdout).toMatch(/claim\s+\w{8}\s+disputed/);
    const json = JSON.parse((await cli(['--notebook', nb, '--json', 'board', '--kind', 'figure', '--query', 'value:>1m unit:EUR', '--group-by', 'article'])).stdout);
    expect(json.board.total).toBe(2);
    expect(json.board.groups).toHaveLength(2);
    expect(json.checks.figureAgreements).toHaveLength(1);
  });

  it('exits 2 with the usage for bad evidence options, and 1 for a bad board query', async () => {
    const { nb, ferry } = await notebook();
    for (const args of [
      ['highlight', ferry, '--quote', 'ferry', '--kind', 'figure', '--value', 'lots'],
      ['highlight', ferry, '--quote', 'ferry', '--kind', 'claim', '--status', 'maybe'],
      ['highlight', ferry, '--quote', 'ferry', '--kind', 'figure', '--unit', 'EUR'],
      ['board', '--group-by', 'colour'],
      ['link', 'abcdef12', 'abcdef34'],
      ['suggest'],
    ]) {
      const result = await cli(['--notebook', nb, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: sourcebook');
    }
    const bad = await cli(['--notebook', nb, 'board', '--query', 'colour:red']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^sourcebook: Bad board query: unknown field "colour"/);
  });
});
