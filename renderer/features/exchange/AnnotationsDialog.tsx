import { useState } from 'react';
import type { PlacementReport } from '../../../shared/exchange';
import type { Kind } from '../../../shared/model';
import { useClient } from '../../api/ApiProvider';
import { toApiError } from '../../api/errors';
import { Modal } from '../../components/Modal';
import { KIND_CHOICES, SelectField } from '../../components/SelectField';
import { isChosen, sourceParams } from './file-source';
import type { FileSource } from './file-source';
import { FileSourceField } from './FileSourceField';
import { PlacementReportView } from './PlacementReportView';
import './exchange.css';

const FILTERS = [
  { name: 'W3C Web Annotations', extensions: ['json', 'jsonld'] },
  { name: 'REFI-QDA project', extensions: ['qdpx'] },
];

/**
 * Annotations made in another tool, placed onto the notebook's articles: W3C Web Annotations (.json, .jsonld) onto
 * articles already here, or a REFI-QDA project (.qdpx) with its sources. A dry run first reports what would be
 * placed and what could not; nothing changes until Import.
 */
export function AnnotationsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const client = useClient();
  const [source, setSource] = useState<FileSource>({ path: '' });
  const [defaultKind, setDefaultKind] = useState<Kind>('quote');
  const [report, setReport] = useState<PlacementReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      setReport(await client.call('exchange.importAnnotations', { ...(await sourceParams(source)), dryRun, defaultKind }));
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  const errorLine = error && (
    <p className="form-error" role="alert">
      {error}
    </p>
  );

  return (
    <Modal open={open} title="Import annotations" onClose={onClose} dismissible={!busy} className="exchange-dialog annotations-dialog">
      {report === null ? (
        <form
          className="exchange-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (isChosen(source)) void run(true);
          }}
        >
          <p className="merge-intro">
            Highlights made in another tool: <strong>W3C Web Annotations</strong> (.json, .jsonld) are placed by their quoted text on articles already in
            this notebook; a <strong>REFI-QDA project</strong> (.qdpx) brings its sources too. First you see where they would go.
          </p>
          <FileSourceField
            label="Annotations file"
            source={source}
            onChange={setSource}
            accept=".json,.jsonld,.qdpx"
            filters={FILTERS}
            dialogTitle="Import annotations"
            hint="Its full path on this computer, or upload it."
          />
          <SelectField label="Annotations without a kind become" value={defaultKind} choices={KIND_CHOICES} onChange={(k) => setDefaultKind(k as Kind)} />
          {errorLine}
          <div className="dialog-actions">
            <button type="submit" className="button button-primary" disabled={busy || !isChosen(source)}>
              {busy ? 'Checking…' : 'Check the file'}
            </button>
            <button type="button" className="button button-quiet" onClick={onClose} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <PlacementReportView report={report} />
          {errorLine}
          <div className="dialog-actions">
            {report.applied ? (
              <button type="button" className="button button-primary" onClick={onClose}>
                Done
              </button>
            ) : (
              <>
                <button type="button" className="button button-primary" disabled={busy || report.highlights.new + report.highlights.updated === 0} onClick={() => void run(false)}>
                  {busy ? 'Importing…' : 'Import the annotations'}
                </button>
                <button type="button" className="button" disabled={busy} onClick={() => setReport(null)}>
                  Choose another file
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
