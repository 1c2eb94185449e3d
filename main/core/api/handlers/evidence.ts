import type { evidenceApi } from '../../../../shared/api/evidence';
import {
  acceptSuggestion,
  articleLinks,
  dismissSuggestions,
  evidenceBoard,
  evidenceChecksOf,
  evidenceSeries,
  linkEvidence,
  parseEvidence,
  suggest,
} from '../../evidence/evidence-service';
import type { Notebook } from '../../notebook';
import type { HandlersOf } from '../types';

export const evidenceHandlers = (nb: Notebook): HandlersOf<typeof evidenceApi> => ({
  'evidence.board': (params) => evidenceBoard(nb, params),
  'evidence.series': (params) => evidenceSeries(nb, params),
  'evidence.checks': () => evidenceChecksOf(nb),
  'evidence.suggest': (params) => suggest(nb, params),
  'evidence.accept': (params) => acceptSuggestion(nb, params),
  'evidence.dismiss': (params) => dismissSuggestions(nb, params),
  'evidence.links': ({ articleId }) => articleLinks(nb, articleId),
  'evidence.link': ({ claimId, evidenceId, relation }) => linkEvidence(nb, claimId, evidenceId, relation),
  'evidence.unlink': ({ claimId, evidenceId }) => linkEvidence(nb, claimId, evidenceId, undefined),
  'evidence.parse': (params) => parseEvidence(nb, params),
});
