import { useState } from 'react';
import type { MergeReport } from '../../../shared/exchange';
import { useClient } from '../../api/ApiProvider';
import { toApiError } from '../../api/errors';
import { Modal } from '../../components/Modal';
import { isChosen, sourceParams } from './file-source';
import type { FileSource } from './file-source';
import { FileSourceField } from './FileSourceField';
import { MergeReportView } from './MergeReportView';
import './exchange.css';

/** The bundle to merge: a path, or a file dropped on the browser's window (its bytes are sent). */
export type MergeSource = FileSource;

interface Props {
  open: boolean;
  /** A bundle already chosen (dropped on the window, or opened from the system). */
  initial?: MergeSource;
  onClose(): void;
}

const BUNDLE_FILTER = [{ name: 'Sourcebook bundle', extensions: ['sourcebook'] }];

/**
 * Merging a teammate's .sourcebook bundle: choose it, read the dry run's report (nothing changes yet), merge, and
 * read what the merge did. A bundle that fails a check is refused whole, with the reason.
 */
export function MergeDialog({ open, initial = { path: '' }, onClose }: Props) {
  const client = useClient();
  const [source, setSource] = useState<MergeSource>(initial);
  const [report, setReport] = useState<MergeReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (method: 'exchange.mergePreview' | 'exchange.merge') => {
    setBusy(true);
    setError(null);
    try {
      setReport(await client.call(method, await sourceParams(source)));
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
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
            if (isChosen(source)) void run('exchange.mergePreview');
          }}
        >
          <p className="merge-intro">
            A teammate’s <strong>.sourcebook</strong> bundle brings their articles and highlights into this notebook. Records that both notebooks have
            are matched, not duplicated. First you see what the merge would do; nothing changes until you confirm.
          </p>
          <FileSourceField
            label="Bundle file"
            source={source}
            onChange={setSource}
            accept=".sourcebook"
            filters={BUNDLE_FILTER}
            dialogTitle="Merge a notebook bundle"
            hint="The .sourcebook file: its full path on this computer, or upload it."
          />
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" className="button button-primary" disabled={busy || !isChosen(source)}>
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
