import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../helpers/core';

const prose = (n: number) => `Совет города обсуждал ремонт разводного моста номер ${n} в четверг вечером, решение ожидается до конца месяца.`;
const page = (charset: string, n: number) =>
  `<!doctype html><html lang="ru"><head><meta charset="${charset}"><title>Мост ${n} закрыт на ремонт</title></head><body><article><h1>Мост ${n} закрыт на ремонт</h1>${`<p>${prose(n)}</p>`.repeat(5)}</article></body></html>`;

describe('HTML sent as text (pasted in the import dialog)', () => {
  it('is read as the UTF-8 it is, whatever charset the page it was copied from declares', async () => {
    const { call } = await openTestCore();
    for (const [n, charset] of ['windows-1251', 'koi8-r', 'utf-8'].entries()) {
      const result = await call('import.content', { name: `pasted-${n}.html`, text: page(charset, n) });
      expect(result, charset).toMatchObject({ status: 'imported', title: `Мост ${n} закрыт на ремонт` });
      expect((await call('articles.get', { id: result.articleId! })).body, charset).toContain(prose(n));
    }
  });
});
