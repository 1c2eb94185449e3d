import { franc } from 'franc-min';
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import german from 'lunr-languages/lunr.de.js';
import spanish from 'lunr-languages/lunr.es.js';
import french from 'lunr-languages/lunr.fr.js';
import portuguese from 'lunr-languages/lunr.pt.js';
import russian from 'lunr-languages/lunr.ru.js';

stemmerSupport(lunr);
for (const plugin of [german, spanish, french, portuguese, russian]) plugin(lunr);

/** Languages with their own stemmer and stop words; anything else is indexed without stemming ('und'). */
export const LANGUAGES = ['en', 'ru', 'de', 'fr', 'es', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number] | 'und';

const FROM_ISO3: Record<string, Language> = { eng: 'en', rus: 'ru', deu: 'de', fra: 'fr', spa: 'es', por: 'pt' };
/**
 * Languages franc chooses among: ours, and the neighbours they are most often confused with, so that an Italian or
 * Ukrainian article is recognised as such (and left unstemmed) rather than forced into the nearest of ours. A short
 * list is also several times faster than franc's 80.
 */
const CANDIDATES = [...Object.keys(FROM_ISO3), 'ita', 'nld', 'pol', 'ukr', 'bel', 'bul', 'srp', 'ces', 'slk', 'ron', 'cat', 'glg', 'swe', 'dan', 'nob', 'fin', 'hun', 'tur', 'ind'];

/** The article's language, detected offline from its text (trigram statistics, franc); 'und' when unsure. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 1500); // enough for trigram statistics; franc's cost grows with the length
  if (sample.replace(/[^\p{L}]/gu, '').length < 40) return 'und';
  return FROM_ISO3[franc(sample, { minLength: 40, only: CANDIDATES })] ?? 'und';
}

/** A language code from metadata ("en-GB", "ru", "deu") mapped to one we index with, or undefined. */
export function normaliseLanguage(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  const lower = code.toLowerCase();
  const primary = lower.split(/[-_]/)[0]!;
  if ((LANGUAGES as readonly string[]).includes(primary)) return primary as Language;
  return FROM_ISO3[primary];
}

interface LanguageFunctions {
  stopWordFilter: lunr.PipelineFunction;
  stemmer: lunr.PipelineFunction;
}

/** lunr-languages' stop-word filter and stemmer for a language (English from lunr itself). */
export function languageFunctions(language: Language): LanguageFunctions | null {
  if (language === 'en') return { stopWordFilter: lunr.stopWordFilter, stemmer: lunr.stemmer };
  if (language === 'und') return null;
  const plugin = (lunr as unknown as Record<string, LanguageFunctions>)[language]!;
  return { stopWordFilter: plugin.stopWordFilter, stemmer: plugin.stemmer };
}
