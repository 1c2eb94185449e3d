import { useEffect, useState } from 'react';
import type { ExportFormat } from '../../../shared/exchange';
import { useClient } from '../../api/ApiProvider';
import { exchangeHost } from '../../api/host';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { Modal } from '../../components/Modal';
import { plural } from '../../components/format';
import { exportFileName, fileFilters, FORMAT_INFO, joinPath, parentFolder, withFormatExtension } from './export-formats';
import { scopeLabel, scopeProblem, selectionOf } from './export-scope';
import type { ExportScope } from './export-scope';
import { ExportReportView } from './ExportReportView';
import { FormatChoice } from './FormatChoice';
import { PathField } from './PathField';
import { ScopeChoice } from './ScopeChoice';
import { DestinationChoice } from './DestinationChoice';
import type { Destination } from './DestinationChoice';
import { useExportJob } from './useExportJob';
import './exchange.css';

interface Props {
  open: boolean;
  /** The scope to start with (the reader's Export… starts with its article). */
  initialScope: ExportScope;
  onClose(): void;
}

/** Export the notebook or part of it, in one of the formats, to a file (or folder) on this computer. */
export function ExportDialog({ open, initialScope, onClose }: Props) {
  const { bridge } = useClient();
  const host = exchangeHost(bridge);
  const changes = onNotebookChange({ articles: true, highlights: true });
  const stats = useApiQuery('notebook.stats', {}, { enabled: open, invalidateOn: changes, keepPrevious: true });
  const tags = useApiQuery('tags.list', {}, { enabled: open, invalidateOn: changes, keepPrevious: true });
  const articles = useApiQuery('articles.list', {}, { enabled: open, invalidateOn: changes, keepPrevious: true });
  const [format, setFormat] = useState<ExportFormat>('bundle');
  const [scope, setScope] = useState<ExportScope>(initialScope);
  const [path, setPath] = useState('');
  const [pathEdited, setPathEdited] = useState(false);
  // The browser mode downloads the file by default; a path on this computer (the server's) is the other way.
  const [destination, setDestination] = useState<Destination>(bridge ? 'path' : 'download');
  const job = useExportJob();

  // Until the user types a path of their own, it follows the format and scope: beside the notebook's folder.
  const folder = stats.data ? parentFolder(stats.data.path) : null;
  const label = scopeLabel(scope, (id) => articles.data?.find((a) => a.id === id)?.title);
  useEffect(() => {
    if (!pathEdited && folder) setPath(joinPath(folder, exportFileName(format, label, new Date())));
  }, [folder, format, label, pathEdited]);

  const chooseFormat = (next: ExportFormat) => {
    setFormat(next);
    if (pathEdited) setPath((p) => withFormatExtension(p, next));
  };
  const choosePath = async () => {
    const picked = await host.pickSavePath?.({ title: 'Export to', defaultPath: path || undefined, filters: fileFilters(format) });
    if (picked) {
      setPath(picked);
      setPathEdited(true);
    }
  };

  const problem = scopeProblem(scope) ?? (destination === 'download' || path.trim() ? null : 'Give a path to save to.');
  const { state } = job;
  const running = state.status === 'running';
  const close = () => {
    if (running) return;
    job.reset();
    onClose();
  };

  return (
    <Modal open={open} title="Export" onClose={close} dismissible={!running} className="exchange-dialog export-dialog">
      {state.status === 'done' ? (
        <>
          <ExportReportView report={state.report} downloaded={state.downloaded} />
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={close}>
              Done
            </button>
            <button type="button" className="button" onClick={job.reset}>
              Export something else
            </button>
          </div>
        </>
      ) : (
        <form
          className="exchange-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!problem) void job.run({ format, ...(destination === 'path' ? { path: path.trim() } : {}), ...selectionOf(scope) });
          }}
        >
          <fieldset className="exchange-fields" disabled={running}>
            <div className="exchange-columns">
              <FormatChoice value={format} onChange={chooseFormat} />
              <ScopeChoice scope={scope} onChange={setScope} stats={stats.data} tags={tags.data ?? []} articles={articles.data ?? []} />
            </div>
            {!bridge && <DestinationChoice value={destination} onChange={setDestination} format={format} />}
            {destination === 'path' && (
              <PathField
                label={FORMAT_INFO[format].extension ? 'Save to' : 'Save to the folder'}
                value={path}
                onChange={(p) => {
                  setPath(p);
                  setPathEdited(true);
                }}
                onChoose={host.pickSavePath ? () => void choosePath() : undefined}
                hint={
                  format === 'markdown'
                    ? 'A folder on this computer, created if needed, gets one .md file per article; a path ending in .zip writes one zip file instead. Files of the same name are replaced.'
                    : 'A path on this computer. A file of that name is replaced.'
                }
              />
            )}
          </fieldset>
          {state.status === 'failed' && (
            <p className="form-error" role="alert">
              {state.cancelled ? 'Export cancelled: nothing was written.' : state.message}
            </p>
          )}
          {running && (
            <div className="exchange-progress" role="status">
              <span>{state.total > 0 ? `Reading ${plural(state.done, 'article')} of ${state.total}…` : 'Exporting…'}</span>
              <progress max={state.total || undefined} value={state.total ? state.done : undefined} aria-label="Export progress" />
            </div>
          )}
          <div className="dialog-actions">
            {running ? (
              <button type="button" className="button" onClick={job.cancel}>
                Cancel export
              </button>
            ) : (
              <>
                <button type="submit" className="button button-primary" disabled={problem !== null}>
                  Export
                </button>
                <button type="button" className="button button-quiet" onClick={close}>
                  Cancel
                </button>
                {problem && <span className="choice-hint">{problem}</span>}
              </>
            )}
          </div>
        </form>
      )}
    </Modal>
  );
}
