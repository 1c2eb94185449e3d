import { beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/api';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/index';
import { detectLanguage } from '../../../main/core/search/languages';
import { callerOf } from '../../helpers/core';
import type { Call } from '../../helpers/core';
import { closeAtEnd, tempDir } from '../../helpers/temp-dir';

// Short articles written for this test, one per language, each with an inflected word to look for.
const ARTICLES: Record<string, string> = {
  en: 'Ferry Services Resume\n\nThe council said the ferries would resume sailing to the islands next week after repairs to the harbour.',
  ru: 'Роскомнадзор ограничил звонки\n\nРоскомнадзор объявил об ограничении звонков в мессенджерах. По словам ведомства, мессенджеры используются мошенниками.',
  de: 'Neue Fähre für die Inseln\n\nDer Stadtrat hat am Montag den Kauf einer neuen Fähre beschlossen, die ab dem Sommer zwischen den Inseln verkehren soll.',
  fr: 'Le gouvernement annonce un plan\n\nLe gouvernement a présenté mardi un plan pour les transports publics dans les grandes villes du pays.',
  es: 'La ciudad amplía el metro\n\nEl ayuntamiento aprobó ayer la ampliación del metro hasta los nuevos barrios del sur de la ciudad.',
  pt: 'Prefeitura anuncia novas linhas\n\nA prefeitura anunciou nesta segunda-feira novas linhas de ônibus para os bairros da periferia da cidade.',
};

let core: Core;
const ids: Record<string, string> = {};

const call: Call = (method, params) => callerOf(core)(method, params);

const found = async (q: string, extra: Partial<Input<'search.query'>> = {}) =>
  (await call('search.query', { q, ...extra })).hits.map((h) => Object.keys(ids).find((k) => ids[k] === h.articleId)).sort();

beforeAll(async () => {
  core = closeAtEnd(await createCore({ dir: await tempDir() }));
  for (const [lang, text] of Object.entries(ARTICLES)) ids[lang] = (await call('import.content', { name: `${lang}.txt`, text })).articleId!;
});

describe('languages', () => {
  it('detects the language of each article offline and stores it', async () => {
    for (const [lang, id] of Object.entries(ids)) expect((await call('articles.get', { id })).lang, lang).toBe(lang);
    expect(detectLanguage('ok')).toBe('und');
  });

  it.each([
    ['звонками', 'ru'], // instrumental plural; the text has звонки and звонков
    ['мессенджер', 'ru'],
    ['Fähren', 'de'],
    ['gouvernements', 'fr'],
    ['barrio', 'es'], // the text has barrios
    ['linha', 'pt'],
    ['ferry', 'en'], // the text has "ferries"
  ])('finds %s in its inflected forms (%s)', async (q, lang) => {
    expect(await found(q)).toEqual([lang]);
  });

  it('leaves each language’s stop words out of its index', async () => {
    expect(await found('по')).toEqual([]); // Russian "по"
    expect(await found('der')).toEqual([]);
  });

  it('searches a mixed-language notebook at once, and filters by language', async () => {
    expect(await found('Роскомнадзор ferries Fähre')).toEqual(['de', 'en', 'ru']);
    expect(await found('Роскомнадзор ferries Fähre', { language: 'ru' })).toEqual(['ru']);
  });
});
