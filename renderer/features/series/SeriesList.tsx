import type { Series } from '../../../shared/evidence';
import { formatRoute } from '../../app/route';
import { plural } from '../../components/format';

/** The series to choose from, largest first, each a link (so Back returns to the one before). */
export function SeriesList({ series, current }: { series: Series[]; current: string | undefined }) {
  return (
    <nav className="series-list" aria-label="Series">
      <ul>
        {series.map((s) => (
          <li key={s.id}>
            <a href={formatRoute({ view: 'series', id: s.id })} aria-current={s.id === current ? 'page' : undefined}>
              <span className="series-name">
                {s.subject ? `${s.subject}: ` : ''}
                {s.label}
              </span>
              <span className="series-meta">
                {s.unit} · {plural(s.points.length, 'figure')}
                {s.explicit ? ' · named' : ''}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
