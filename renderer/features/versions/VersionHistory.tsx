import type { ArticleVersion } from '../../../shared/model';
import { formatMoment, plural } from '../../components/format';

interface Props {
  versions: ArticleVersion[];
  /** Shows what version `index` changed from the one before. */
  onCompare(index: number): void;
}

/** The versions newest first, as a table: when each was imported, from which file, how long it was. */
export function VersionHistory({ versions, onCompare }: Props) {
  const newestFirst = versions.map((version, index) => ({ version, index })).reverse();
  return (
    <section className="version-history" aria-labelledby="version-history-title">
      <h3 id="version-history-title">{plural(versions.length, 'version')}</h3>
      <table className="version-table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Imported</th>
            <th scope="col">From the file</th>
            <th scope="col">Length</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {newestFirst.map(({ version, index }) => (
            <tr key={version.contentHash + index} className="version-item">
              <th scope="row" className="version-name">
                Version {index + 1}
                {index === versions.length - 1 && <span className="version-current">current</span>}
              </th>
              <td className="version-when">{formatMoment(version.importedAt)}</td>
              <td className="version-file" title={version.fileName ?? undefined}>
                {version.fileName ?? <span className="missing">pasted or dropped</span>}
              </td>
              <td className="version-words">{plural(version.words, 'word')}</td>
              <td className="version-compare">
                {index > 0 && (
                  <button type="button" className="button button-small" onClick={() => onCompare(index)}>
                    Changes from version {index}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
