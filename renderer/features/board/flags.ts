import type { CheckFlag } from '../../../shared/evidence';

/** What a cross-article check says about a row, in a word (never by colour alone)… */
export const FLAG_LABEL: Record<CheckFlag, string> = {
  agreement: 'Agrees',
  conflict: 'Conflicts',
  corroborated: 'Corroborated',
  'possible-misquote': 'Misquote?',
};

/** …and in a sentence, for its tooltip and screen readers. */
export const FLAG_MEANING: Record<CheckFlag, string> = {
  agreement: 'Another article reports the same figure',
  conflict: 'Another article reports a different figure for the same thing and time',
  corroborated: 'The same quote is in another article',
  'possible-misquote': 'Another article quotes this almost, but not exactly, alike',
};

export const FLAG_TONE: Record<CheckFlag, 'good' | 'bad'> = {
  agreement: 'good',
  conflict: 'bad',
  corroborated: 'good',
  'possible-misquote': 'bad',
};
