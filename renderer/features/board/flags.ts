import type { CheckFlag } from '../../../shared/evidence';

/** What a cross-article check says about a row, in words (never by colour alone). */
export const FLAG_LABEL: Record<CheckFlag, string> = {
  agreement: 'Same figure elsewhere',
  conflict: 'Conflicting figure',
  corroborated: 'Corroborated',
  'possible-misquote': 'Possible misquote',
};

export const FLAG_TONE: Record<CheckFlag, 'good' | 'bad'> = {
  agreement: 'good',
  conflict: 'bad',
  corroborated: 'good',
  'possible-misquote': 'bad',
};
