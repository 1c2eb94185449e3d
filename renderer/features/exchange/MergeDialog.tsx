import { useRef, useState } from 'react';
import type { MergeReport } from '../../../shared/exchange';
import { useClient } from '../../api/ApiProvider';
import { toApiError } from '../../api/errors';
import { exchangeHost } from '../../api/host';
import { Modal } from '../../components/Modal';
import { MergeReportView } from './MergeReportView';
import { PathField } from './PathField';
import './exchange.css';

interface Props {
  open: boolean;
  /** A bundle already chosen (dropped on the desktop app's window). */
  initialPath?: string;
  onClose(): void;
}

const BUNDLE_FILTER = [{ name: 'Sourcebook bundle', extensions: ['sourcebook'] }];

/**
 * Merging a teammate's .sourcebook bundle: choose it, read the dry run's report (nothing changes yet), merge, and
 * read what the merge did. A bundle that fails a check is refused whole, with the reason.
 */
export function MergeDialog({ open, initialPath = '', onClose }: Props) {
  const client = useClient();
  const host = exchangeHost(client.bridge);
  const fileInput = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState(initialPath);
  const [report, setReport] = useState<MergeReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (method: 'exchange.mergePreview' | 'exchange.merge') => {
    setBusy(true);
    setError(null);
    try {
      setReport(await client.call(method, { path: path.trim() }));
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  const choose = async () => {
    if (host.pickOpenPath) {
      const picked = await host.pickOpenPath({ title: 'Merge a notebook bundle', filters: BUNDLE_FILTER });
      if (picked) setPath(picked);
    } else fileInput.current?.click();
  };

  const chooseAgain = () => {
    setReport(null);
    setError(null);
  };

  return (
    <Modal open={open} title="Merge a notebook bundle" onClose={onClose} dismissible={!busy} className="exchange-dialog merge-dialog">
      {report === null ? (
        <form
          className="exchange-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) void run('exchange.mergePreview');
          }}
        >
          <p className="merge-intro">
            A teammate’s <strong>.sourcebook</strong> bundle brings their articles and highlights into this notebook. Records that both notebooks have
            are matched, not duplicated. First you see what the merge would do; nothing changes until you confirm.
          </p>
          <PathField
            label="Bundle file"
            value={path}
            onChange={setPath}
            onChoose={host.pickOpenPath || host.pathForFile ? () => void choose() : undefined}
            hint="The full path of the .sourcebook file on this computer."
          />
          {host.pathForFile && (
            <input
              ref={fileInput}
              type="file"
              accept=".sourcebook"
              className="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) setPath(host.pathForFile?.(file) ?? '');
                e.target.value = '';
              }}
            />
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" className="button button-primary" disabled={busy || !path.trim()}>
              {busy ? 'Checking…' : 'Check the bundle'}
            </button>
            <button type="button" className="button button-quiet" onClick={onClose} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <MergeReportView report={report} />
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            {report.applied ? (
              <button type="button" className="button button-primary" onClick={onClose}>
                Done
              </button>
            ) : (
              <>
                <button type="button" className="button button-primary" disabled={busy} onClick={() => void run('exchange.merge')}>
                  {busy ? 'Merging…' : 'Merge into this notebook'}
                </button>
                <button type="button" className="button" disabled={busy} onClick={chooseAgain}>
                  Choose another bundle
                </button>
                <button type="button" className="button button-quiet" disabled={busy} onClick={onClose}>
                  Cancel
                </button>
              </>
            )}
          </div>
        </>
      )}
    </Modal>
  );
}
