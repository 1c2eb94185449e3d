import { useState } from 'react';
import type { ReactNode } from 'react';
import { useClient } from '../../api/ApiProvider';
import type { Client } from '../../api/client';
import { toApiError } from '../../api/errors';
import { Modal } from '../../components/Modal';
import { isChosen, sourceParams } from './file-source';
import type { FileSource } from './file-source';
import { FileSourceField } from './FileSourceField';
import type { FileSourceFieldProps } from './FileSourceField';
import './exchange.css';

interface Props<R extends { applied: boolean }> {
  open: boolean;
  title: string;
  className: string;
  initial?: FileSource;
  intro: ReactNode;
  field: Omit<FileSourceFieldProps, 'source' | 'onChange'>;
  /** More fields under the file's, e.g. a default for what the file leaves open. */
  extraFields?: ReactNode;
  labels: { check: string; apply: string; applying: string; chooseAgain: string };
  /** The API call: a dry run (`apply` false) reports, the real one applies and reports. */
  call(client: Client, params: Awaited<ReturnType<typeof sourceParams>>, apply: boolean): Promise<R>;
  reportView(report: R): ReactNode;
  /** False when the dry run found nothing to apply. */
  canApply?(report: R): boolean;
  onClose(): void;
}

/**
 * A file brought into the notebook in two steps: choose it and read the dry run's report (nothing changes yet),
 * then apply it and read what was done. The merge of a bundle and the import of annotations both work so.
 */
export function DryRunDialog<R extends { applied: boolean }>({ open, title, className, initial = { path: '' }, intro, field, extraFields, labels, call, reportView, canApply = () => true, onClose }: Props<R>) {
  const client = useClient();
  const [source, setSource] = useState<FileSource>(initial);
  const [report, setReport] = useState<R | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (apply: boolean) => {
    setBusy(true);
    setError(null);
    try {
      setReport(await call(client, await sourceParams(source), apply));
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

  const errorLine = error && (
    <p className="form-error" role="alert">
      {error}
    </p>
  );

  return (
    <Modal open={open} title={title} onClose={onClose} dismissible={!busy} className={`exchange-dialog ${className}`}>
      {report === null ? (
        <form
          className="exchange-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (isChosen(source)) void run(false);
          }}
        >
          <p className="merge-intro">{intro}</p>
          <FileSourceField {...field} source={source} onChange={setSource} />
          {extraFields}
          {errorLine}
          <div className="dialog-actions">
            <button type="submit" className="button button-primary" disabled={busy || !isChosen(source)}>
              {busy ? 'Checking…' : labels.check}
            </button>
            <button type="button" className="button button-quiet" onClick={onClose} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {reportView(report)}
          {errorLine}
          <div className="dialog-actions">
            {report.applied ? (
              <button type="button" className="button button-primary" onClick={onClose}>
                Done
              </button>
            ) : (
              <>
                <button type="button" className="button button-primary" disabled={busy || !canApply(report)} onClick={() => void run(true)}>
                  {busy ? labels.applying : labels.apply}
                </button>
                <button type="button" className="button" disabled={busy} onClick={chooseAgain}>
                  {labels.chooseAgain}
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
