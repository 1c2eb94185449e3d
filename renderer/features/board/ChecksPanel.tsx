import type { EvidenceChecks } from '../../../shared/evidence';
import { ChangeText } from '../../components/ChangeText';
import { plural } from '../../components/format';
import { groupChanges } from '../../components/text-changes';
import { formatQuantity } from '../evidence/amounts';
import { CheckMemberLink } from './CheckMemberLink';
import { formatPartialDate } from './dates';

const when = (asOf: string | null) => (asOf ? `, ${formatPartialDate(asOf)}` : '');

/**
 * What comparing articles finds: one figure reported by several, figures about the same thing that disagree,
 * quotes found in several articles, and near-identical quotes that differ (a possible misquote, with the words that
 * differ struck through and underlined).
 */
export function ChecksPanel({ checks }: { checks: EvidenceChecks | undefined }) {
  if (!checks) return <p className="loading">Comparing articles…</p>;
  const { figureAgreements, figureConflicts, corroboratedQuotes, possibleMisquotes } = checks;
  const none = figureAgreements.length + figureConflicts.length + corroboratedQuotes.length + possibleMisquotes.length === 0;
  return (
    <div className="checks">
      {none && <p className="side-hint">Nothing to compare yet: checks need the same figure or quote highlighted in two articles.</p>}
      {figureConflicts.length > 0 && (
        <section className="check-section check-bad" aria-labelledby="checks-conflicts">
          <h3 id="checks-conflicts">Figures that do not agree ({figureConflicts.length})</h3>
          {figureConflicts.map((c) => (
            <article key={`${c.seriesId}|${c.asOf}`} className="check-item" data-check="conflict">
              <p className="check-title">
                {c.label}
                {when(c.asOf)}
              </p>
              <ul>
                {c.members.map((m) => (
                  <CheckMemberLink key={m.highlightId} member={m} unit={c.unit} showValue />
                ))}
              </ul>
            </article>
          ))}
        </section>
      )}
      {possibleMisquotes.length > 0 && (
        <section className="check-section check-bad" aria-labelledby="checks-misquotes">
          <h3 id="checks-misquotes">Possible misquotes ({possibleMisquotes.length})</h3>
          {possibleMisquotes.map((m) => (
            <article key={m.members.map((x) => x.highlightId).join('|')} className="check-item" data-check="possible-misquote">
              <p className="check-title">
                {m.members[0].speaker ?? 'A quote'}: {Math.round(m.similarity * 100)}% alike
              </p>
              <p className="check-diff" aria-label="Differences, from the first wording to the second">
                <ChangeText pieces={groupChanges(m.changes)} />
              </p>
              <ul>
                {m.members.map((x) => (
                  <CheckMemberLink key={x.highlightId} member={x} />
                ))}
              </ul>
            </article>
          ))}
        </section>
      )}
      {figureAgreements.length > 0 && (
        <section className="check-section check-good" aria-labelledby="checks-agreements">
          <h3 id="checks-agreements">Same figure in several articles ({figureAgreements.length})</h3>
          {figureAgreements.map((a) => (
            <article key={`${a.seriesId}|${a.asOf}|${a.value}`} className="check-item" data-check="agreement">
              <p className="check-title">
                <strong>{formatQuantity({ value: a.value, unit: a.unit })}</strong> — {a.label}
                {when(a.asOf)} · {plural(a.members.length, 'article')}
              </p>
              <ul>
                {a.members.map((m) => (
                  <CheckMemberLink key={m.highlightId} member={m} />
                ))}
              </ul>
            </article>
          ))}
        </section>
      )}
      {corroboratedQuotes.length > 0 && (
        <section className="check-section check-good" aria-labelledby="checks-corroborated">
          <h3 id="checks-corroborated">Quotes found in several articles ({corroboratedQuotes.length})</h3>
          {corroboratedQuotes.map((q) => (
            <article key={q.members.map((x) => x.highlightId).join('|')} className="check-item" data-check="corroborated">
              <p className="check-title">
                {q.speaker ? `${q.speaker}: ` : ''}corroborated by {plural(q.members.length, 'article')}
              </p>
              <ul>
                {q.members.map((m) => (
                  <CheckMemberLink key={m.highlightId} member={m} />
                ))}
              </ul>
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
